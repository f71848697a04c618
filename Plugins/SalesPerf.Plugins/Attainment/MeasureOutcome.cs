using SalesPerf.Domain.Kpis;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A measure's actual for one owner and period, plus (when it has one) the in-progress value of open opportunities
/// (unweighted, Dynamics' meaning) and the same pipeline weighted by each deal's probability (the projection's).
/// </summary>
public sealed record MeasureOutcome(Actual Actual, decimal? InProgress, decimal? WeightedPipeline = null);
