using SalesPerf.Domain.Kpis;

namespace SalesPerf.Plugins.Attainment;

/// <summary>A measure's actual for one owner and period, plus the in-progress value of open opportunities (when it has one).</summary>
public sealed record MeasureOutcome(Actual Actual, decimal? InProgress);
