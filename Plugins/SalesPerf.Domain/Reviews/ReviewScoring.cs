using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Feedback;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Reviews;

/// <summary>
/// Review scores (domain.md §7). Qualitative = mean of the given ratings mapped 1→20 … 5→100; overall =
/// (weight × quantitative + (100 − weight) × qualitative) ÷ 100. Scores are rounded to 2 decimals with the one
/// rounding policy, and the overall uses the rounded parts the user sees. When only one part exists, the overall is
/// that part (weights renormalise, as on scorecards); with neither, there is no overall and no rating.
/// </summary>
public static class ReviewScoring
{
    public const decimal DefaultQuantitativeWeight = 70m;

    /// <summary>Validated: the weight is 0–100 (SPM-REV-005).</summary>
    public static Validated<ReviewScore> Compute(decimal? quantitativeScore, ReviewRatings ratings, decimal quantitativeWeight = DefaultQuantitativeWeight)
    {
        if (quantitativeWeight < 0m || quantitativeWeight > 100m)
        {
            return Validated<ReviewScore>.Failure(RuleViolation.Of(ReviewRuleCodes.WeightOutOfRange, quantitativeWeight));
        }

        return Validated<ReviewScore>.Success(Score(quantitativeScore, ratings, QualitativeScore(ratings), quantitativeWeight));
    }

    /// <summary>
    /// As <see cref="Compute(decimal?, ReviewRatings, decimal)"/>, the qualitative score blending the manager's ratings
    /// with the peer and customer aggregates (<see cref="QualitativeBlend"/>; null aggregates do not count).
    /// </summary>
    public static Validated<ReviewScore> Compute(
        decimal? quantitativeScore, ReviewRatings ratings, decimal quantitativeWeight, decimal? peerScore, decimal? customerScore, FeedbackWeights feedbackWeights)
    {
        if (quantitativeWeight < 0m || quantitativeWeight > 100m)
        {
            return Validated<ReviewScore>.Failure(RuleViolation.Of(ReviewRuleCodes.WeightOutOfRange, quantitativeWeight));
        }

        var qualitative = QualitativeBlend.Of(QualitativeScore(ratings), peerScore, customerScore, feedbackWeights);
        return Validated<ReviewScore>.Success(Score(quantitativeScore, ratings, qualitative, quantitativeWeight));
    }

    private static ReviewScore Score(decimal? quantitativeScore, ReviewRatings ratings, decimal? qualitative, decimal quantitativeWeight)
    {
        var quantitative = quantitativeScore.HasValue ? CurrencyRounding.Round(quantitativeScore.Value) : (decimal?)null;
        decimal? overall = quantitative.HasValue && qualitative.HasValue
            ? CurrencyRounding.Round(((quantitativeWeight * quantitative.Value) + ((100m - quantitativeWeight) * qualitative.Value)) / 100m)
            : quantitative ?? qualitative;
        var rating = overall.HasValue ? RatingFor(overall.Value) : (OverallRating?)null;
        return new ReviewScore(
            quantitative, qualitative, overall, rating, ReviewTrace.Describe(quantitative, ratings, qualitative, quantitativeWeight, overall, rating));
    }

    /// <summary>Mean of the given ratings × 20, rounded; null when none is given.</summary>
    public static decimal? QualitativeScore(ReviewRatings ratings)
    {
        var given = ratings.Given;
        return given.Count == 0 ? null : CurrencyRounding.Round(given.Sum() * 20m / given.Count);
    }

    /// <summary>≥ 110 Outstanding, ≥ 95 Exceeds, ≥ 80 Meets, ≥ 60 Below, else Unsatisfactory.</summary>
    public static OverallRating RatingFor(decimal overallScore) =>
        overallScore >= 110m ? OverallRating.Outstanding
        : overallScore >= 95m ? OverallRating.Exceeds
        : overallScore >= 80m ? OverallRating.Meets
        : overallScore >= 60m ? OverallRating.Below
        : OverallRating.Unsatisfactory;
}
