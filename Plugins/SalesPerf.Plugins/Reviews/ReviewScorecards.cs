using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>Reads the scorecard of a review: by id, or the reviewee's active scorecard of the period (one query each).</summary>
internal static class ReviewScorecards
{
    private const string CreatedOn = "createdon";

    /// <summary>
    /// The owner's active scorecard of the period, with its weighted score; null when there is none. Should an owner
    /// have two, the oldest is taken, so the choice is repeatable.
    /// </summary>
    public static ReviewScorecard? FindActive(IOrganizationService service, EntityReference owner, EntityReference period)
    {
        var query = new QueryExpression(ScorecardColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ScorecardColumns.Id, ScorecardColumns.WeightedScore),
            TopCount = 1,
        };
        query.Criteria.AddCondition(ScorecardColumns.OwnerId, ConditionOperator.Equal, owner.Id);
        query.Criteria.AddCondition(ScorecardColumns.PeriodId, ConditionOperator.Equal, period.Id);
        query.Criteria.AddCondition(ScorecardColumns.StateCode, ConditionOperator.Equal, 0);
        query.AddOrder(CreatedOn, OrderType.Ascending);
        var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        return row is null ? null : Read(row);
    }

    /// <summary>The scorecard's current weighted score.</summary>
    public static ReviewScorecard Read(IOrganizationService service, Guid scorecardId) =>
        Read(service.Retrieve(ScorecardColumns.EntityName, scorecardId, new ColumnSet(ScorecardColumns.WeightedScore)));

    private static ReviewScorecard Read(Entity row) =>
        new(new EntityReference(ScorecardColumns.EntityName, row.Id), row.GetAttributeValue<decimal?>(ScorecardColumns.WeightedScore));
}
