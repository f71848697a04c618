using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Feedback;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Feedback;

/// <summary>The bounded queries of 360° feedback, all through SYSTEM (a request the caller cannot read still counts).</summary>
internal static class FeedbackQueries
{
    /// <summary>The respondents already asked for the review (user or contact ids), at most one more than a review may hold.</summary>
    public static IReadOnlyList<Guid> Respondents(IOrganizationService service, Guid reviewId)
    {
        var query = new QueryExpression(FeedbackRequestColumns.EntityName)
        {
            ColumnSet = new ColumnSet(FeedbackRequestColumns.RespondentUserId, FeedbackRequestColumns.RespondentContactId),
            TopCount = FeedbackRequestColumns.MaxPerReview + 1,
        };
        query.Criteria.AddCondition(FeedbackRequestColumns.ReviewId, ConditionOperator.Equal, reviewId);
        return service.RetrieveMultiple(query).Entities
            .Select(e => e.GetAttributeValue<EntityReference>(FeedbackRequestColumns.RespondentUserId)?.Id
                ?? e.GetAttributeValue<EntityReference>(FeedbackRequestColumns.RespondentContactId)?.Id ?? Guid.Empty)
            .ToList();
    }

    /// <summary>The scores of the review's submitted answers, by kind (one query, bounded by the requests a review may hold).</summary>
    public static SubmittedScores Submitted(IOrganizationService service, Guid reviewId)
    {
        var query = new QueryExpression(FeedbackRequestColumns.EntityName)
        {
            ColumnSet = new ColumnSet(FeedbackRequestColumns.Kind, FeedbackRequestColumns.Score),
            TopCount = FeedbackRequestColumns.MaxPerReview,
        };
        query.Criteria.AddCondition(FeedbackRequestColumns.ReviewId, ConditionOperator.Equal, reviewId);
        query.Criteria.AddCondition(FeedbackRequestColumns.Status, ConditionOperator.Equal, (int)FeedbackStatus.Submitted);
        var rows = service.RetrieveMultiple(query).Entities
            .Where(e => e.GetAttributeValue<decimal?>(FeedbackRequestColumns.Score).HasValue)
            .ToList();
        return new SubmittedScores(ScoresOf(rows, FeedbackKind.Peer), ScoresOf(rows, FeedbackKind.Customer));
    }

    private static IReadOnlyCollection<decimal> ScoresOf(IEnumerable<Entity> rows, FeedbackKind kind) =>
        rows.Where(e => e.GetAttributeValue<OptionSetValue>(FeedbackRequestColumns.Kind)?.Value == (int)kind)
            .Select(e => e.GetAttributeValue<decimal>(FeedbackRequestColumns.Score)).ToList();

    /// <summary>
    /// True when the contact is on one of the reviewee's deals of the period: a won opportunity closed in it (as its
    /// contact or customer), else an order fulfilled in it (as its customer). At most two queries of one row each.
    /// </summary>
    public static bool WorkedWith(IOrganizationService service, Guid contactId, Guid revieweeId, Guid periodId)
    {
        var period = service.Retrieve(PeriodColumns.EntityName, periodId, new ColumnSet(PeriodColumns.StartDate, PeriodColumns.EndDate));
        var start = period.GetAttributeValue<DateTime?>(PeriodColumns.StartDate);
        var end = period.GetAttributeValue<DateTime?>(PeriodColumns.EndDate);
        if (!start.HasValue || !end.HasValue)
        {
            return false;
        }

        var afterEnd = end.Value.Date.AddDays(1);
        var won = new QueryExpression(OpportunityColumns.EntityName) { ColumnSet = new ColumnSet(OpportunityColumns.Id), TopCount = 1 };
        won.Criteria.AddCondition(OpportunityColumns.OwnerId, ConditionOperator.Equal, revieweeId);
        won.Criteria.AddCondition(OpportunityColumns.StateCode, ConditionOperator.Equal, OpportunityColumns.StateWon);
        won.Criteria.AddCondition(OpportunityColumns.ActualCloseDate, ConditionOperator.GreaterEqual, start.Value.Date);
        won.Criteria.AddCondition(OpportunityColumns.ActualCloseDate, ConditionOperator.LessThan, afterEnd);
        var who = new FilterExpression(LogicalOperator.Or);
        who.AddCondition("parentcontactid", ConditionOperator.Equal, contactId);
        who.AddCondition(OpportunityColumns.CustomerId, ConditionOperator.Equal, contactId);
        won.Criteria.AddFilter(who);
        if (service.RetrieveMultiple(won).Entities.Count > 0)
        {
            return true;
        }

        var order = new QueryExpression(SalesOrderColumns.EntityName) { ColumnSet = new ColumnSet(SalesOrderColumns.Id), TopCount = 1 };
        order.Criteria.AddCondition(SalesOrderColumns.OwnerId, ConditionOperator.Equal, revieweeId);
        order.Criteria.AddCondition("customerid", ConditionOperator.Equal, contactId);
        order.Criteria.AddCondition(SalesOrderColumns.StateCode, ConditionOperator.Equal, SalesOrderColumns.StateFulfilled);
        order.Criteria.AddCondition(SalesOrderColumns.DateFulfilled, ConditionOperator.GreaterEqual, start.Value.Date);
        order.Criteria.AddCondition(SalesOrderColumns.DateFulfilled, ConditionOperator.LessThan, afterEnd);
        return service.RetrieveMultiple(order).Entities.Count > 0;
    }
}

/// <summary>The scores of a review's submitted answers, by kind.</summary>
internal sealed record SubmittedScores(IReadOnlyCollection<decimal> Peer, IReadOnlyCollection<decimal> Customer);
