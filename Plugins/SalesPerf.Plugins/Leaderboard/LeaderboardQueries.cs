using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Leaderboard;

/// <summary>
/// What a leaderboard ranks, one query each: the active scorecards of the period (overall weighted score), or the
/// active targets of one KPI and period (attainment). Only people are ranked (user-owned rows); team rows are left
/// out. <see cref="Read"/> runs as SYSTEM, because a rank depends on every row in scope, also those the caller may not
/// read; <see cref="ReadableIds"/> runs the same query through the caller's service, so the platform's read security
/// decides which ranked rows the caller gets.
/// </summary>
internal static class LeaderboardQueries
{
    private const int Active = 0;

    public static QueryExpression Scorecards(Guid periodId, Guid? businessUnitId)
    {
        var query = new QueryExpression(ScorecardColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ScorecardColumns.Id, ScorecardColumns.OwnerId, ScorecardColumns.WeightedScore),
        };
        query.Criteria.AddCondition(ScorecardColumns.PeriodId, ConditionOperator.Equal, periodId);
        query.Criteria.AddCondition(ScorecardColumns.StateCode, ConditionOperator.Equal, Active);
        return InUnit(query, businessUnitId);
    }

    /// <summary>
    /// Targets rank by <c>spm_attainmentpercent</c>: the engine already inverts it for lower-is-better KPIs (target ÷
    /// actual), so higher is better for every KPI, and unlike the score it is neither capped nor zeroed below the threshold.
    /// </summary>
    public static QueryExpression Targets(Guid periodId, Guid kpiId, Guid? businessUnitId)
    {
        var query = new QueryExpression(TargetColumns.EntityName)
        {
            ColumnSet = new ColumnSet(TargetColumns.Id, TargetStates.OwnerId, TargetColumns.AttainmentPercent),
        };
        query.Criteria.AddCondition(TargetColumns.PeriodId, ConditionOperator.Equal, periodId);
        query.Criteria.AddCondition(TargetColumns.KpiId, ConditionOperator.Equal, kpiId);
        query.Criteria.AddCondition(TargetStates.StateCode, ConditionOperator.Equal, TargetStates.Active);
        return InUnit(query, businessUnitId);
    }

    /// <summary>Every person's row in scope with its value (run as SYSTEM).</summary>
    public static IReadOnlyList<LeaderboardSource> Read(IOrganizationService system, QueryExpression query, string valueColumn) =>
        QueryPages.All(system, query)
            .Select(row => new { Row = row, Owner = row.GetAttributeValue<EntityReference>(ScorecardColumns.OwnerId) })
            .Where(x => x.Owner is not null && x.Owner.LogicalName == OwnerColumns.UserEntityName)
            .Select(x => new LeaderboardSource(x.Row.Id, x.Owner.Id, x.Owner.Name ?? string.Empty, x.Row.GetAttributeValue<decimal?>(valueColumn)))
            .ToList();

    /// <summary>The ids of the rows in scope that the caller may read (run through the caller's service; only the id column).</summary>
    public static ISet<Guid> ReadableIds(IOrganizationService caller, QueryExpression query, string idColumn)
    {
        var idsOnly = new QueryExpression(query.EntityName) { ColumnSet = new ColumnSet(idColumn), Criteria = query.Criteria };
        return new HashSet<Guid>(QueryPages.All(caller, idsOnly).Select(row => row.Id));
    }

    private static QueryExpression InUnit(QueryExpression query, Guid? businessUnitId)
    {
        if (businessUnitId.HasValue)
        {
            query.Criteria.AddCondition(OwnerColumns.OwningBusinessUnit, ConditionOperator.Equal, businessUnitId.Value);
        }

        return query;
    }
}
