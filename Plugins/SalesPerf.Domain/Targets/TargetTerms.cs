using System.Collections.Generic;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Kpis;

namespace SalesPerf.Domain.Targets;

/// <summary>
/// The user-entered numbers of one <c>spm_target</c>: target and stretch value, threshold and cap (percent), weight.
/// </summary>
public sealed record TargetTerms
{
    public const decimal DefaultScoreCap = 150m;
    public const decimal MinThresholdPercent = 0m;
    public const decimal MaxThresholdPercent = 100m;

    /// <summary>A cap below 100 would deny full credit for meeting the target.</summary>
    public const decimal MinScoreCap = 100m;

    /// <summary>Guards against a slipped digit (1500 for 150).</summary>
    public const decimal MaxScoreCap = 1000m;

    private TargetTerms(decimal targetValue, decimal? stretchValue, decimal thresholdPercent, decimal scoreCap, decimal weight)
    {
        TargetValue = targetValue;
        StretchValue = stretchValue;
        ThresholdPercent = thresholdPercent;
        ScoreCap = scoreCap;
        Weight = weight;
    }

    public decimal TargetValue { get; }

    public decimal? StretchValue { get; }

    public decimal ThresholdPercent { get; }

    public decimal ScoreCap { get; }

    public decimal Weight { get; }

    /// <summary>
    /// Validated: negative target (SPM-TGT-001) or stretch (SPM-TGT-002), a stretch less ambitious than the target
    /// for the KPI's direction (SPM-TGT-006), threshold outside 0–100 (SPM-TGT-007), cap outside 100–1000
    /// (SPM-TGT-008), negative weight (SPM-TGT-009). Every broken rule is reported, not just the first.
    /// </summary>
    public static Validated<TargetTerms> Create(
        decimal targetValue,
        decimal? stretchValue = null,
        decimal thresholdPercent = 0m,
        decimal scoreCap = DefaultScoreCap,
        decimal weight = 0m,
        KpiDirection direction = KpiDirection.HigherIsBetter)
    {
        var violations = new List<RuleViolation>();
        if (targetValue < 0m)
        {
            violations.Add(RuleViolation.Of(RuleCodes.TargetValueNegative, targetValue));
        }

        if (stretchValue < 0m)
        {
            violations.Add(RuleViolation.Of(RuleCodes.StretchValueNegative, stretchValue.Value));
        }
        else if (stretchValue.HasValue && targetValue >= 0m
                 && (direction == KpiDirection.HigherIsBetter ? stretchValue.Value < targetValue : stretchValue.Value > targetValue))
        {
            violations.Add(RuleViolation.Of(RuleCodes.StretchLessAmbitious, stretchValue.Value, targetValue));
        }

        if (thresholdPercent < MinThresholdPercent || thresholdPercent > MaxThresholdPercent)
        {
            violations.Add(RuleViolation.Of(RuleCodes.ThresholdOutOfRange, thresholdPercent, MinThresholdPercent, MaxThresholdPercent));
        }

        if (scoreCap < MinScoreCap || scoreCap > MaxScoreCap)
        {
            violations.Add(RuleViolation.Of(RuleCodes.ScoreCapOutOfRange, scoreCap, MinScoreCap, MaxScoreCap));
        }

        if (weight < 0m)
        {
            violations.Add(RuleViolation.Of(RuleCodes.WeightNegative, weight));
        }

        return violations.Count == 0
            ? Validated<TargetTerms>.Success(new TargetTerms(targetValue, stretchValue, thresholdPercent, scoreCap, weight))
            : Validated<TargetTerms>.Failure(violations);
    }
}
