using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Reviews;

/// <summary>The scorecard a review draws its quantitative score from, and that score (null when it has none yet).</summary>
internal sealed class ReviewScorecard
{
    public ReviewScorecard(EntityReference scorecard, decimal? weightedScore)
    {
        Scorecard = scorecard;
        WeightedScore = weightedScore;
    }

    public EntityReference Scorecard { get; }

    public decimal? WeightedScore { get; }
}
