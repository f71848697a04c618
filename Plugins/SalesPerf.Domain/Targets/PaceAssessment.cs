using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Targets;

/// <summary>
/// Whether a target is on pace, behind pace or achieved (docs/domain-rules.md "App views: pace and projection").
/// </summary>
public static class PaceAssessment
{
    /// <summary>
    /// Achieved when attainment is at least 100 % and can no longer fall back: a higher-is-better measure that
    /// accumulates (a won deal stays won), or any measure once the period's last day has come. Otherwise behind pace
    /// when the actual is worse than what is expected by today (direction-aware: for lower-is-better, above it): the
    /// pro-rated <paramref name="expectedToDate"/> for sums and counts, where no record yet means 0, and the target
    /// itself for ratios, averages, growth and manual KPIs, which do not grow with time. On pace otherwise. Null
    /// when a non-accumulating measure has no actual: nothing to compare.
    /// </summary>
    public static PaceStatus? Assess(
        Actual actual,
        decimal targetValue,
        decimal? expectedToDate,
        decimal? attainmentPercent,
        KpiDirection direction,
        DateRange period,
        CalendarDate today)
    {
        var accumulates = expectedToDate.HasValue;
        var final = today >= period.End || (accumulates && direction == KpiDirection.HigherIsBetter);
        if (attainmentPercent >= 100m && final)
        {
            return PaceStatus.Achieved;
        }

        decimal? value = accumulates ? actual.Value ?? 0m : actual.Value;
        if (value is not decimal measured)
        {
            return null;
        }

        var expected = expectedToDate ?? targetValue;
        var behind = direction == KpiDirection.LowerIsBetter ? measured > expected : measured < expected;
        return behind ? PaceStatus.BehindPace : PaceStatus.OnPace;
    }
}
