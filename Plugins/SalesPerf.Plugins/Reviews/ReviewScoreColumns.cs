using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>Computes a review's scores with the domain (<see cref="ReviewScoring"/>) and writes them into a row.</summary>
internal static class ReviewScoreColumns
{
    /// <summary>The scores of <paramref name="review"/> with <paramref name="quantitativeScore"/>; its ratings and weight are valid by now.</summary>
    public static ReviewScore Compute(ReviewRow review, decimal? quantitativeScore) =>
        ReviewScoring.Compute(quantitativeScore, review.Ratings().Value, review.Weight).Value;

    /// <summary>
    /// The scores of <paramref name="review"/> with its feedback aggregates blended in by the cycle's
    /// <paramref name="feedbackWeights"/> (<see cref="Domain.Feedback.QualitativeBlend"/>).
    /// </summary>
    public static ReviewScore Compute(ReviewRow review, decimal? quantitativeScore, Domain.Feedback.FeedbackWeights feedbackWeights) =>
        ReviewScoring.Compute(quantitativeScore, review.Ratings().Value, review.Weight, review.PeerScore, review.CustomerScore, feedbackWeights).Value;

    /// <summary>Writes qualitative, overall and rating (and the quantitative score when it is a new snapshot), empty ones as null.</summary>
    public static void Write(Entity row, ReviewScore score, bool withQuantitative)
    {
        if (withQuantitative)
        {
            row[ReviewColumns.QuantitativeScore] = score.QuantitativeScore;
        }

        row[ReviewColumns.QualitativeScore] = score.QualitativeScore;
        row[ReviewColumns.OverallScore] = score.OverallScore;
        row[ReviewColumns.OverallRating] = score.Rating.HasValue ? new OptionSetValue((int)score.Rating.Value) : null;
    }

    /// <summary>True when <paramref name="review"/> already holds exactly these scores.</summary>
    public static bool Holds(ReviewRow review, ReviewScore score) =>
        review.QuantitativeScore == score.QuantitativeScore
        && review.QualitativeScore == score.QualitativeScore
        && review.OverallScore == score.OverallScore
        && review.OverallRating == (score.Rating.HasValue ? (int)score.Rating.Value : (int?)null);
}
