using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Reviews;

/// <summary>The computed columns of <c>spm_review</c>: quantitative, qualitative and overall scores and the rating band.</summary>
public readonly record struct ReviewScore(
    decimal? QuantitativeScore,
    decimal? QualitativeScore,
    decimal? OverallScore,
    OverallRating? Rating,
    BilingualText Trace);
