using System;

namespace SalesPerf.Domain.Scorecards;

/// <summary>One target on a scorecard: its weight and its score (null when the KPI has no value).</summary>
public readonly record struct ScoreLine
{
    private ScoreLine(decimal weight, decimal? score)
    {
        Weight = weight;
        Score = score;
    }

    public decimal Weight { get; }

    public decimal? Score { get; }

    public static ScoreLine Create(decimal weight, decimal? score) =>
        weight < 0m
            ? throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight cannot be negative (validated as SPM-TGT-009 on the target).")
            : new ScoreLine(weight, score);
}
