using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Feedback;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Feedback;

/// <summary>
/// Writes a review's 360° feedback aggregates (responses per kind; the score per kind only when the cycle's minimum
/// arrived) and the scores they move, as the engine: the submitted answers (one query), the review (one Retrieve),
/// the cycle's weights (one Retrieve of the period), then one Update of the columns that differ.
/// </summary>
internal static class ReviewFeedback
{
    private static readonly string[] Columns = ReviewRow.ImageColumns
        .Concat(new[] { ReviewColumns.PeerResponses, ReviewColumns.CustomerResponses }).Distinct().ToArray();

    public static void Refresh(LocalPluginContext context, System.Guid reviewId)
    {
        var submitted = FeedbackQueries.Submitted(context.SystemService, reviewId);
        var stored = context.SystemService.Retrieve(ReviewColumns.EntityName, reviewId, new ColumnSet(Columns));
        var period = stored.GetAttributeValue<EntityReference>(ReviewColumns.PeriodId);
        var weights = period is null ? FeedbackWeights.Default : CycleWeights.Read(context.SystemService, period.Id);
        var peer = FeedbackAggregate.Of(submitted.Peer, weights.MinimumResponses);
        var customer = FeedbackAggregate.Of(submitted.Customer, weights.MinimumResponses);

        var aggregates = new Entity(ReviewColumns.EntityName, reviewId)
        {
            [ReviewColumns.PeerScore] = peer.Score,
            [ReviewColumns.CustomerScore] = customer.Score,
            [ReviewColumns.PeerResponses] = peer.Responses,
            [ReviewColumns.CustomerResponses] = customer.Responses,
        };
        var row = ReviewRow.Read(reviewId, stored).With(aggregates);
        var score = ReviewScoreColumns.Compute(row, row.QuantitativeScore, weights);
        ReviewScoreColumns.Write(aggregates, score, withQuantitative: false);

        var update = new Entity(ReviewColumns.EntityName, reviewId);
        foreach (var column in aggregates.Attributes.Where(a => !Same(stored, a.Key, a.Value)))
        {
            update[column.Key] = column.Value;
        }

        context.Trace("Feedback on review {0:D}: {1} peer, {2} customer response(s); peer {3}, customer {4}; {5} column(s) change.",
            reviewId, peer.Responses, customer.Responses, peer.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "hidden", customer.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "hidden", update.Attributes.Count);
        if (update.Attributes.Count == 0)
        {
            return;
        }

        using (context.BeginEngineWrites())
        {
            context.SystemService.Update(update);
        }
    }

    private static bool Same(Entity stored, string column, object? value)
    {
        var old = stored.Contains(column) ? stored[column] : null;
        if (old is OptionSetValue a && value is OptionSetValue b)
        {
            return a.Value == b.Value;
        }

        return Equals(old, value);
    }
}
