using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Targets;

/// <summary>Attainment and score (domain.md §4). Both are numbers of percent rounded to 2 decimals with <see cref="CurrencyRounding"/>.</summary>
public static class Attainment
{
    /// <summary>
    /// actual ÷ target × 100 (higher is better) or target ÷ actual × 100 (lower is better; an actual of 0 gives
    /// <paramref name="scoreCap"/>). No actual gives null; so does a higher-is-better target of 0, which no
    /// actual can be measured against.
    /// </summary>
    public static decimal? Compute(Actual actual, decimal targetValue, KpiDirection direction, decimal scoreCap)
    {
        if (!actual.HasValue)
        {
            return null;
        }

        var value = actual.Value!.Value;
        if (direction == KpiDirection.LowerIsBetter)
        {
            return value == 0m ? scoreCap : CurrencyRounding.Round(targetValue * 100m / value);
        }

        return targetValue == 0m ? null : CurrencyRounding.Round(value * 100m / targetValue);
    }

    /// <summary>
    /// Attainment clamped to [0, cap]; 0 when attainment is below the threshold; null when there is no attainment.
    /// The threshold is compared with the rounded attainment, the number the user sees.
    /// </summary>
    public static decimal? Score(decimal? attainment, decimal thresholdPercent, decimal scoreCap)
    {
        if (!attainment.HasValue)
        {
            return null;
        }

        var a = attainment.Value;
        if (a < thresholdPercent || a < 0m)
        {
            return 0m;
        }

        return a > scoreCap ? scoreCap : a;
    }
}
