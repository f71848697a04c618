using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>What the assignment rules read: a rep's other active assignments that overlap a period, and a settled statement.</summary>
internal sealed class AssignmentFactsReader(IOrganizationService service)
{
    private const string PeriodAlias = "period";

    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>The owner's active assignments other than <paramref name="assignmentId"/> whose period overlaps <paramref name="period"/> (one query).</summary>
    public ExistingAssignment[] OverlappingAssignments(Guid ownerId, Guid assignmentId, DateRange period)
    {
        var query = new QueryExpression(PlanAssignmentColumns.EntityName) { ColumnSet = new ColumnSet(PlanAssignmentColumns.Name), TopCount = 10 };
        query.Criteria.AddCondition(PlanAssignmentColumns.OwnerId, ConditionOperator.Equal, ownerId);
        query.Criteria.AddCondition(PlanAssignmentColumns.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(PlanAssignmentColumns.Id, ConditionOperator.NotEqual, assignmentId);
        var link = query.AddLink(PeriodColumns.EntityName, PlanAssignmentColumns.PeriodId, PeriodColumns.Id);
        link.EntityAlias = PeriodAlias;
        link.Columns = new ColumnSet(PeriodColumns.StartDate, PeriodColumns.EndDate);
        link.LinkCriteria.AddCondition(PeriodColumns.StartDate, ConditionOperator.LessEqual, period.End.ToDateTime());
        link.LinkCriteria.AddCondition(PeriodColumns.EndDate, ConditionOperator.GreaterEqual, period.Start.ToDateTime());
        return service.RetrieveMultiple(query).Entities
            .Select(row => new { Name = row.GetAttributeValue<string>(PlanAssignmentColumns.Name) ?? "-", Start = Date(row, PeriodColumns.StartDate), End = Date(row, PeriodColumns.EndDate) })
            .Where(row => row.Start.HasValue && row.End.HasValue && row.Start.Value <= row.End.Value)
            .Select(row => new ExistingAssignment(row.Name, DateRange.Of(row.Start!.Value, row.End!.Value)))
            .ToArray();
    }

    /// <summary>A statement of the assignment that is Approved, Disputed or Paid (its name and status), or null (one query).</summary>
    public SettledStatement? Settled(Guid assignmentId)
    {
        var query = new QueryExpression(CommissionStatementColumns.EntityName)
        {
            ColumnSet = new ColumnSet(CommissionStatementColumns.Name, CommissionStatementColumns.StatusCode),
            TopCount = 1,
        };
        query.Criteria.AddCondition(CommissionStatementColumns.AssignmentId, ConditionOperator.Equal, assignmentId);
        query.Criteria.AddCondition(
            CommissionStatementColumns.StatusCode, ConditionOperator.In, (int)StatementStatus.Approved, (int)StatementStatus.Disputed, (int)StatementStatus.Paid);
        var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        return row is null
            ? null
            : new SettledStatement(
                row.GetAttributeValue<string>(CommissionStatementColumns.Name) ?? "-",
                (StatementStatus)(row.GetAttributeValue<OptionSetValue>(CommissionStatementColumns.StatusCode)?.Value ?? 1));
    }

    /// <summary>The owner's display name (a user's full name, a team's name), read on the error path only.</summary>
    public string OwnerName(EntityReference owner)
    {
        var column = owner.LogicalName == "team" ? "name" : "fullname";
        return service.Retrieve(owner.LogicalName, owner.Id, new ColumnSet(column)).GetAttributeValue<string>(column) ?? "-";
    }

    private static CalendarDate? Date(Entity row, string column) =>
        row.GetAttributeValue<AliasedValue>(PeriodAlias + "." + column)?.Value is DateTime value ? CalendarDate.FromDateTime(value) : null;
}
