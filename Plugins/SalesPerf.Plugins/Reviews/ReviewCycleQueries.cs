using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>The two reads of a review cycle: who is due a review (one query), and who already has one (one query).</summary>
internal static class ReviewCycleQueries
{
    private const string RevieweeAlias = "reviewee";
    private const string PeriodAlias = "period";

    /// <summary>
    /// Users with an active scorecard in the period, with their manager and names, in a repeatable order (name, then
    /// scorecard id). With <paramref name="manager"/>: only that manager's direct reports. Without: scorecards owned in
    /// <paramref name="businessUnitId"/> (the caller's business unit). Team-owned scorecards are left out: reviews are of
    /// people. Run it through the caller's service so the caller's read access trims the list.
    /// </summary>
    public static IReadOnlyList<ReviewCycleCandidate> Candidates(IOrganizationService service, Guid periodId, Guid? manager, Guid businessUnitId)
    {
        var query = new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(ScorecardColumns.Id, ScorecardColumns.OwnerId) };
        query.Criteria.AddCondition(ScorecardColumns.PeriodId, ConditionOperator.Equal, periodId);
        query.Criteria.AddCondition(ScorecardColumns.StateCode, ConditionOperator.Equal, 0);
        if (!manager.HasValue)
        {
            query.Criteria.AddCondition(OwnerColumns.OwningBusinessUnit, ConditionOperator.Equal, businessUnitId);
        }

        var person = query.AddLink(OwnerColumns.UserEntityName, ScorecardColumns.OwnerId, OwnerColumns.UserId);
        person.EntityAlias = RevieweeAlias;
        person.Columns = new ColumnSet(OwnerColumns.UserFullName, ReviewDefaults.ManagerColumn);
        if (manager.HasValue)
        {
            person.LinkCriteria.AddCondition(ReviewDefaults.ManagerColumn, ConditionOperator.Equal, manager.Value);
        }

        var period = query.AddLink(PeriodColumns.EntityName, ScorecardColumns.PeriodId, PeriodColumns.Id);
        period.EntityAlias = PeriodAlias;
        period.Columns = new ColumnSet(PeriodColumns.Name);

        return QueryPages.All(service, query)
            .Select(Candidate)
            .OrderBy(c => c.RevieweeName ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(c => c.Scorecard.Id)
            .ToList();
    }

    /// <summary>The reviewees among <paramref name="owners"/> that already have a review of the period, in any status.</summary>
    public static ISet<Guid> Reviewed(IOrganizationService service, Guid periodId, IReadOnlyCollection<Guid> owners)
    {
        var query = new QueryExpression(ReviewColumns.EntityName) { ColumnSet = new ColumnSet(ReviewColumns.OwnerId) };
        query.Criteria.AddCondition(ReviewColumns.PeriodId, ConditionOperator.Equal, periodId);
        query.Criteria.AddCondition(ReviewColumns.OwnerId, ConditionOperator.In, owners.Cast<object>().ToArray());
        return new HashSet<Guid>(QueryPages.All(service, query)
            .Select(r => r.GetAttributeValue<EntityReference>(ReviewColumns.OwnerId))
            .Where(o => o is not null)
            .Select(o => o!.Id));
    }

    private static ReviewCycleCandidate Candidate(Entity row)
    {
        var owner = row.GetAttributeValue<EntityReference>(ScorecardColumns.OwnerId);
        var managerId = Aliased.Id(row, RevieweeAlias + "." + ReviewDefaults.ManagerColumn);
        return new ReviewCycleCandidate(
            new EntityReference(ScorecardColumns.EntityName, row.Id),
            new EntityReference(OwnerColumns.UserEntityName, owner.Id),
            managerId.HasValue ? new EntityReference(OwnerColumns.UserEntityName, managerId.Value) : null,
            Aliased.Raw(row, RevieweeAlias + "." + OwnerColumns.UserFullName) as string,
            Aliased.Raw(row, PeriodAlias + "." + PeriodColumns.Name) as string);
    }
}
