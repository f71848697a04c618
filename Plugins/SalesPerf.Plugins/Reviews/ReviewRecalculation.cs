using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// The engine's part of a review change: entering ManagerReview snapshots the scorecard's weighted score as
/// <c>spm_quantitativescore</c> (linking the reviewee's active scorecard of the period when none is linked yet);
/// a change of the ratings or of the weight recomputes qualitative, overall and rating from the stored snapshot.
/// </summary>
internal static class ReviewRecalculation
{
    private static readonly string[] ScoreInputs =
    {
        ReviewColumns.TeamworkRating, ReviewColumns.GrowthRating, ReviewColumns.CustomerFocusRating,
        ReviewColumns.AttitudeRating, ReviewColumns.QuantitativeWeight,
    };

    /// <summary>Adds the computed columns the change needs to the PreOperation <paramref name="target"/> (no extra write).</summary>
    public static void Apply(LocalPluginContext context, ReviewRow before, Entity target, Entity changes, ReviewStatus? requested)
    {
        var after = before.With(changes);
        var snapshot = requested.HasValue && requested.Value != before.Status && ReviewWorkflow.SnapshotsQuantitativeScore(requested.Value);
        if (!snapshot && !ScoreInputs.Any(changes.Contains))
        {
            return;
        }

        var quantitative = before.QuantitativeScore;
        if (snapshot)
        {
            var scorecard = Locate(context, after);
            if (scorecard is not null && after.Scorecard is null)
            {
                target[ReviewColumns.ScorecardId] = scorecard.Scorecard;
            }

            quantitative = scorecard?.WeightedScore;
            context.Trace("Quantitative score snapshotted from the scorecard: {0}.", quantitative?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
        }

        var score = after.HasFeedback && after.Period is not null
            ? ReviewScoreColumns.Compute(after, quantitative, Feedback.CycleWeights.Read(context.SystemService, after.Period.Id))
            : ReviewScoreColumns.Compute(after, quantitative);
        ReviewScoreColumns.Write(target, score, snapshot);
        context.Trace(score.Trace.English);
    }

    /// <summary>The review's scorecard by its link, else the reviewee's active scorecard of the period; null when none.</summary>
    public static ReviewScorecard? Locate(LocalPluginContext context, ReviewRow review)
    {
        if (review.Scorecard is not null)
        {
            return ReviewScorecards.Read(context.SystemService, review.Scorecard.Id);
        }

        return review.Owner is not null && review.Period is not null
            ? ReviewScorecards.FindActive(context.SystemService, review.Owner, review.Period)
            : null;
    }
}
