using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>Writes statements and lines (the caller runs it as SYSTEM inside an engine-write scope).</summary>
internal sealed class StatementWriter(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public Guid CreateStatement(AssignmentRow assignment) => service.Create(new Entity(CommissionStatementColumns.EntityName)
    {
        [CommissionStatementColumns.Name] = assignment.Name,
        [CommissionStatementColumns.OwnerId] = new EntityReference(OwnerColumns.UserEntityName, assignment.OwnerId),
        [CommissionStatementColumns.AssignmentId] = new EntityReference(PlanAssignmentColumns.EntityName, assignment.Id),
        [CommissionStatementColumns.PeriodId] = new EntityReference(PeriodColumns.EntityName, assignment.PeriodId),
    });

    public void CreateLine(Guid statementId, Guid ownerId, CommissionBasis basis, CommissionLine line, string trace)
    {
        var row = Values(new Entity(CommissionLineColumns.EntityName), line, trace);
        row[CommissionLineColumns.Name] = LineKeys.Of(line.Kind, line.SourceId);
        row[CommissionLineColumns.OwnerId] = new EntityReference(OwnerColumns.UserEntityName, ownerId);
        row[CommissionLineColumns.StatementId] = new EntityReference(CommissionStatementColumns.EntityName, statementId);
        row[CommissionLineColumns.Kind] = new OptionSetValue((int)line.Kind);
        if (line.Kind != CommissionLineKind.Adjustment && Guid.TryParse(line.SourceId, out var sourceId))
        {
            var lookup = SourceLookup(basis);
            row[lookup.Column] = new EntityReference(lookup.Table, sourceId);
        }

        service.Create(row);
    }

    public void UpdateLine(Guid lineId, CommissionLine line, string trace) =>
        service.Update(Values(new Entity(CommissionLineColumns.EntityName, lineId), line, trace));

    public void DeleteLine(Guid lineId) => service.Delete(CommissionLineColumns.EntityName, lineId);

    public void UpdateStatement(Guid statementId, StatementFigures figures, string trace, DateTime calculatedOn) =>
        service.Update(new Entity(CommissionStatementColumns.EntityName, statementId)
        {
            [CommissionStatementColumns.CreditAmount] = new Money(figures.CreditAmount),
            [CommissionStatementColumns.AttainmentPercent] = figures.AttainmentPercent,
            [CommissionStatementColumns.EarnedAmount] = new Money(figures.EarnedAmount),
            [CommissionStatementColumns.ClawbackAmount] = new Money(figures.ClawbackAmount),
            [CommissionStatementColumns.AdjustmentAmount] = new Money(figures.AdjustmentAmount),
            [CommissionStatementColumns.PayableAmount] = new Money(figures.PayableAmount),
            [CommissionStatementColumns.Trace] = trace,
            [CommissionStatementColumns.LastCalculatedOn] = calculatedOn,
        });

    private static SourceColumn SourceLookup(CommissionBasis basis) => basis switch
    {
        CommissionBasis.FulfilledOrders or CommissionBasis.GrossMargin => new SourceColumn(CommissionLineColumns.SalesOrderId, SalesOrderColumns.EntityName),
        CommissionBasis.Collections => new SourceColumn(CommissionLineColumns.PaymentId, PaymentColumns.EntityName),
        _ => new SourceColumn(CommissionLineColumns.OpportunityId, OpportunityColumns.EntityName),
    };

    private static Entity Values(Entity row, CommissionLine line, string trace)
    {
        row[CommissionLineColumns.TransactionDate] = line.TransactionDate.ToDateTime();
        row[CommissionLineColumns.CreditAmount] = new Money(line.CreditAmount);
        row[CommissionLineColumns.SplitPercent] = line.SplitPercent;
        row[CommissionLineColumns.RatePercent] = line.RatePercent;
        row[CommissionLineColumns.CommissionAmount] = new Money(line.CommissionAmount);
        row[CommissionLineColumns.Trace] = trace;
        return row;
    }

    private sealed record SourceColumn(string Column, string Table);
}
