using System;

namespace SalesPerf.Domain.Okrs;

/// <summary>
/// A key result's progress in percent, 0–100, rounded to 4 decimals (the precision of the column), midpoint away from
/// zero. A tracked target's attainment is capped at 100 and floored at 0, so one over-achieved key result cannot hide
/// another that has not started (docs/domain-rules.md, "OKRs and check-ins"). An entered value's progress is
/// (current − start) ÷ (goal − start), clamped to 0–100; it works for a goal below the start (a value to bring down).
/// </summary>
public static class KeyResultProgress
{
    public const int Decimals = 4;

    /// <summary>The target's attainment percent, or 0 when the target has none yet (no target value).</summary>
    public static decimal FromAttainment(decimal? attainmentPercent) => Clamp(attainmentPercent ?? 0m);

    /// <summary>The share of the way from start to goal; 0 when the current value is empty or the span is not one.</summary>
    public static decimal FromValues(decimal? start, decimal? goal, decimal? current)
    {
        if (start is not decimal from || goal is not decimal to || from == to || current is not decimal now)
        {
            return 0m;
        }

        return Clamp((now - from) * 100m / (to - from));
    }

    public static decimal Of(KeyResultKind? kind, decimal? attainmentPercent, decimal? start, decimal? goal, decimal? current) =>
        kind switch
        {
            KeyResultKind.TracksTarget => FromAttainment(attainmentPercent),
            KeyResultKind.EnteredValue => FromValues(start, goal, current),
            _ => 0m,
        };

    private static decimal Clamp(decimal percent) =>
        Math.Round(Math.Min(100m, Math.Max(0m, percent)), Decimals, MidpointRounding.AwayFromZero);
}
