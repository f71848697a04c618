using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>Reads statements and their lines: the statement of an assignment, its lines (one call per page), paid lines.</summary>
internal sealed class StatementReader(IOrganizationService service)
{
    private const string StatementAlias = "st";
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public static ColumnSet StatementColumns() => new(
        CommissionStatementColumns.Name, CommissionStatementColumns.OwnerId, CommissionStatementColumns.StatusCode,
        CommissionStatementColumns.CreditAmount, CommissionStatementColumns.AttainmentPercent, CommissionStatementColumns.EarnedAmount,
        CommissionStatementColumns.ClawbackAmount, CommissionStatementColumns.AdjustmentAmount, CommissionStatementColumns.PayableAmount,
        CommissionStatementColumns.Trace);

    public StatementRow? ForAssignment(Guid assignmentId)
    {
        var query = new QueryExpression(CommissionStatementColumns.EntityName) { ColumnSet = StatementColumns(), TopCount = 1 };
        query.Criteria.AddCondition(CommissionStatementColumns.AssignmentId, ConditionOperator.Equal, assignmentId);
        query.Orders.Add(new OrderExpression("createdon", OrderType.Ascending));
        var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        return row is null ? null : Map(row);
    }

    public StatementRow ById(Guid statementId) => Map(service.Retrieve(CommissionStatementColumns.EntityName, statementId, StatementColumns()));

    public IReadOnlyList<LineRow> Lines(Guid statementId)
    {
        var query = LineQuery();
        query.Criteria.AddCondition(CommissionLineColumns.StatementId, ConditionOperator.Equal, statementId);
        return QueryPages.All(service, query).Select(MapLine).Where(l => l is not null).Select(l => l!).ToList();
    }

    /// <summary>The statement's earning lines with the latest transaction dates first, at most <paramref name="top"/> (one query, bounded rows).</summary>
    public IReadOnlyList<LineRow> LatestEarnings(Guid statementId, int top)
    {
        var query = LineQuery();
        query.TopCount = top;
        query.Orders.Clear();
        query.Orders.Add(new OrderExpression(CommissionLineColumns.TransactionDate, OrderType.Descending));
        query.Orders.Add(new OrderExpression(CommissionLineColumns.Id, OrderType.Ascending));
        query.Criteria.AddCondition(CommissionLineColumns.StatementId, ConditionOperator.Equal, statementId);
        query.Criteria.AddCondition(CommissionLineColumns.Kind, ConditionOperator.Equal, (int)CommissionLineKind.Earning);
        return service.RetrieveMultiple(query).Entities.Select(MapLine).Where(l => l is not null).Select(l => l!).ToList();
    }

    /// <summary>Lines with one of <paramref name="keys"/> on statements of <paramref name="ownerId"/> that are no longer Open.</summary>
    public IReadOnlyList<PaidLine> PaidLines(Guid ownerId, IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
        {
            return Array.Empty<PaidLine>();
        }

        var query = LineQuery();
        query.Criteria.AddCondition(CommissionLineColumns.Name, ConditionOperator.In, keys.Cast<object>().ToArray());
        var statement = query.AddLink(CommissionStatementColumns.EntityName, CommissionLineColumns.StatementId, CommissionStatementColumns.Id);
        statement.LinkCriteria.AddCondition(CommissionStatementColumns.OwnerId, ConditionOperator.Equal, ownerId);
        statement.LinkCriteria.AddCondition(CommissionStatementColumns.StatusCode, ConditionOperator.NotEqual, (int)StatementStatus.Open);
        return QueryPages.All(service, query).Select(MapLine).Where(l => l is not null && l.TransactionDate.HasValue).Select(l => new PaidLine(
            l!.SourceId, l.TransactionDate!.Value, l.CreditAmount ?? 0m, l.SplitPercent ?? 0m, l.CommissionAmount ?? 0m)).ToList();
    }

    /// <summary>Every line (any statement) that credits or claws back <paramref name="sourceId"/>, with its statement's owner, status and assignment.</summary>
    public IReadOnlyList<SourceLine> LinesOfSource(string sourceId)
    {
        var query = LineQuery();
        query.Criteria.AddCondition(CommissionLineColumns.Name, ConditionOperator.In,
            LineKeys.Of(CommissionLineKind.Earning, sourceId), LineKeys.Of(CommissionLineKind.Clawback, sourceId));
        var statement = query.AddLink(CommissionStatementColumns.EntityName, CommissionLineColumns.StatementId, CommissionStatementColumns.Id);
        statement.EntityAlias = StatementAlias;
        statement.Columns = new ColumnSet(CommissionStatementColumns.OwnerId, CommissionStatementColumns.StatusCode, CommissionStatementColumns.AssignmentId);
        return QueryPages.All(service, query).Select(row => new { Row = row, Line = MapLine(row) }).Where(x => x.Line is not null).Select(x => new SourceLine(
            x.Line!,
            Aliased.Id(x.Row, CommissionLineColumns.StatementId) ?? Guid.Empty,
            Aliased.Id(x.Row, StatementAlias + "." + CommissionStatementColumns.OwnerId) ?? Guid.Empty,
            (StatementStatus)(Aliased.Int(x.Row, StatementAlias + "." + CommissionStatementColumns.StatusCode) ?? 1),
            Aliased.Id(x.Row, StatementAlias + "." + CommissionStatementColumns.AssignmentId) ?? Guid.Empty)).ToList();
    }

    private static QueryExpression LineQuery()
    {
        var query = new QueryExpression(CommissionLineColumns.EntityName)
        {
            ColumnSet = new ColumnSet(
                CommissionLineColumns.Name, CommissionLineColumns.StatementId, CommissionLineColumns.Kind, CommissionLineColumns.TransactionDate,
                CommissionLineColumns.CreditAmount, CommissionLineColumns.SplitPercent, CommissionLineColumns.RatePercent,
                CommissionLineColumns.CommissionAmount, CommissionLineColumns.Trace),
        };
        query.Orders.Add(new OrderExpression(CommissionLineColumns.Id, OrderType.Ascending));
        return query;
    }

    private static StatementRow Map(Entity row) => new(
        row.Id,
        row.GetAttributeValue<string>(CommissionStatementColumns.Name) ?? "-",
        row.GetAttributeValue<EntityReference>(CommissionStatementColumns.OwnerId)?.Id ?? Guid.Empty,
        (StatementStatus)(row.GetAttributeValue<OptionSetValue>(CommissionStatementColumns.StatusCode)?.Value ?? 1),
        RowMerge.Money(row, CommissionStatementColumns.CreditAmount),
        row.GetAttributeValue<decimal?>(CommissionStatementColumns.AttainmentPercent),
        RowMerge.Money(row, CommissionStatementColumns.EarnedAmount),
        RowMerge.Money(row, CommissionStatementColumns.ClawbackAmount),
        RowMerge.Money(row, CommissionStatementColumns.AdjustmentAmount),
        RowMerge.Money(row, CommissionStatementColumns.PayableAmount),
        row.GetAttributeValue<string>(CommissionStatementColumns.Trace));

    private static LineRow? MapLine(Entity row)
    {
        var key = row.GetAttributeValue<string>(CommissionLineColumns.Name);
        if (!LineKeys.TryParse(key, out var kind, out var sourceId))
        {
            return null;
        }

        var date = row.GetAttributeValue<DateTime?>(CommissionLineColumns.TransactionDate);
        return new LineRow(
            row.Id,
            key!,
            kind,
            sourceId,
            date.HasValue ? CalendarDate.FromDateTime(DateTime.SpecifyKind(date.Value, DateTimeKind.Utc)) : null,
            RowMerge.Money(row, CommissionLineColumns.CreditAmount),
            row.GetAttributeValue<decimal?>(CommissionLineColumns.SplitPercent),
            row.GetAttributeValue<decimal?>(CommissionLineColumns.RatePercent),
            RowMerge.Money(row, CommissionLineColumns.CommissionAmount),
            row.GetAttributeValue<string>(CommissionLineColumns.Trace));
    }
}
