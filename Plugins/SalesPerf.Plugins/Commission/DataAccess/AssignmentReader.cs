using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>
/// Reads active plan assignments with their period's dates and plan's basis in one query (two inner links): by owner
/// and date (the statements a transaction lands on), by id, by plan, by period or by quota target.
/// </summary>
internal sealed class AssignmentReader(IOrganizationService service)
{
    private const string PeriodAlias = "p";
    private const string PlanAlias = "c";
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>Assignments of <paramref name="ownerId"/> whose period contains <paramref name="date"/>, of plans with one of <paramref name="bases"/>.</summary>
    public IReadOnlyList<AssignmentRow> ForOwnerOn(Guid ownerId, CalendarDate date, IReadOnlyCollection<int> bases) =>
        ForOwnersOn(new[] { ownerId }, date, bases);

    /// <summary>The same for several owners in one query (a deal's owner and split users share its date).</summary>
    public IReadOnlyList<AssignmentRow> ForOwnersOn(IReadOnlyCollection<Guid> ownerIds, CalendarDate date, IReadOnlyCollection<int> bases)
    {
        if (ownerIds.Count == 0)
        {
            return Array.Empty<AssignmentRow>();
        }

        var query = Query();
        query.Criteria.AddCondition(PlanAssignmentColumns.OwnerId, ConditionOperator.In, ownerIds.Cast<object>().ToArray());
        var period = query.LinkEntities[0];
        period.LinkCriteria.AddCondition(PeriodColumns.StartDate, ConditionOperator.LessEqual, date.ToDateTime());
        period.LinkCriteria.AddCondition(PeriodColumns.EndDate, ConditionOperator.GreaterEqual, date.ToDateTime());
        query.LinkEntities[1].LinkCriteria.AddCondition(CommissionPlanColumns.Basis, ConditionOperator.In, bases.Cast<object>().ToArray());
        return Map(service.RetrieveMultiple(query).Entities);
    }

    public AssignmentRow? ById(Guid assignmentId)
    {
        var query = Query();
        query.Criteria.AddCondition(PlanAssignmentColumns.Id, ConditionOperator.Equal, assignmentId);
        return Map(service.RetrieveMultiple(query).Entities).FirstOrDefault();
    }

    public IReadOnlyList<AssignmentRow> ForPlan(Guid planId)
    {
        var query = Query();
        query.Criteria.AddCondition(PlanAssignmentColumns.PlanId, ConditionOperator.Equal, planId);
        return Map(service.RetrieveMultiple(query).Entities);
    }

    /// <summary>The active assignments of this period (their statements' credit depends on its dates).</summary>
    public IReadOnlyList<AssignmentRow> ForPeriod(Guid periodId)
    {
        var query = Query();
        query.Criteria.AddCondition(PlanAssignmentColumns.PeriodId, ConditionOperator.Equal, periodId);
        return Map(service.RetrieveMultiple(query).Entities);
    }

    /// <summary>
    /// One page of the active assignments of a period (of one owner when given), ordered by owner and then id, with
    /// every column the statement engine needs, so a bulk recalculation never reads an assignment twice.
    /// </summary>
    public AssignmentPage ForPeriodPage(
        Guid periodId, Guid? ownerId, int count, int page, string? cookie)
    {
        var query = Query();
        query.Criteria.AddCondition(PlanAssignmentColumns.PeriodId, ConditionOperator.Equal, periodId);
        if (ownerId.HasValue)
        {
            query.Criteria.AddCondition(PlanAssignmentColumns.OwnerId, ConditionOperator.Equal, ownerId.Value);
        }

        query.AddOrder(PlanAssignmentColumns.OwnerId, OrderType.Ascending);
        query.AddOrder(PlanAssignmentColumns.Id, OrderType.Ascending);
        query.PageInfo = new PagingInfo { Count = count, PageNumber = page, PagingCookie = cookie };
        var result = service.RetrieveMultiple(query);
        return new AssignmentPage(Map(result.Entities), result.MoreRecords, result.PagingCookie);
    }

    private static QueryExpression Query()
    {
        var query = new QueryExpression(PlanAssignmentColumns.EntityName)
        {
            ColumnSet = new ColumnSet(
                PlanAssignmentColumns.Name, PlanAssignmentColumns.OwnerId, PlanAssignmentColumns.PlanId, PlanAssignmentColumns.PeriodId,
                PlanAssignmentColumns.QuotaAmount, PlanAssignmentColumns.QuotaAmountBase, PlanAssignmentColumns.QuotaTargetId),
        };
        query.Criteria.AddCondition(PlanAssignmentColumns.StateCode, ConditionOperator.Equal, 0);
        var period = query.AddLink(PeriodColumns.EntityName, PlanAssignmentColumns.PeriodId, PeriodColumns.Id);
        period.EntityAlias = PeriodAlias;
        period.Columns = new ColumnSet(PeriodColumns.StartDate, PeriodColumns.EndDate);
        var plan = query.AddLink(CommissionPlanColumns.EntityName, PlanAssignmentColumns.PlanId, CommissionPlanColumns.Id);
        plan.EntityAlias = PlanAlias;
        plan.Columns = new ColumnSet(CommissionPlanColumns.Basis);
        return query;
    }

    private static IReadOnlyList<AssignmentRow> Map(IEnumerable<Entity> rows) => rows.Select(row =>
    {
        var start = Aliased.Date(row, PeriodAlias + "." + PeriodColumns.StartDate);
        var end = Aliased.Date(row, PeriodAlias + "." + PeriodColumns.EndDate);
        return new AssignmentRow(
            row.Id,
            row.GetAttributeValue<string>(PlanAssignmentColumns.Name) ?? "-",
            row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.OwnerId)?.Id ?? Guid.Empty,
            row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.PlanId)?.Id ?? Guid.Empty,
            Aliased.Int(row, PlanAlias + "." + CommissionPlanColumns.Basis) ?? 100000000,
            row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.PeriodId)?.Id ?? Guid.Empty,
            DateRange.Of(CalendarDate.FromDateTime(start ?? default), CalendarDate.FromDateTime(end ?? default)),
            RowMerge.Money(row, PlanAssignmentColumns.QuotaAmountBase) ?? RowMerge.Money(row, PlanAssignmentColumns.QuotaAmount),
            row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.QuotaTargetId)?.Id);
    }).Where(a => a.OwnerId != Guid.Empty && a.PlanId != Guid.Empty).ToList();
}
