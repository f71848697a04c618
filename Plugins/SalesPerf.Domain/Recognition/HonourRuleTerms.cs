using System.Collections.Generic;
using System.Globalization;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Recognition;

/// <summary>
/// The terms of an honour rule as saved (the Create, or the Update merged with the stored row), checked before they can
/// reach a deal: a rule that would fail, or grant nonsense, inside a rep's win is refused when it is saved.
/// </summary>
public sealed record HonourRuleTerms(HonourKind? Kind, PeriodType? PeriodType, bool HasKpi, decimal? ThresholdPercent, int? TopN)
{
    /// <summary>The highest threshold a rule may ask for: the same ceiling as a target's score cap.</summary>
    public const decimal MaxThresholdPercent = 1000m;

    /// <summary>The most leaders a top-N rule honours per business unit (bounds the rank stage's writes).</summary>
    public const int MaxTopN = 50;

    /// <summary>
    /// Every broken rule at once. A first-to-reach rule needs a KPI and a threshold above 0; a top-N rule needs N in
    /// 1–<see cref="MaxTopN"/>; both need a period type. Columns of the other kind are ignored.
    /// </summary>
    public IReadOnlyList<RuleViolation> Validate(string kindLabel, string periodTypeLabel, string kpiShown)
    {
        var violations = new List<RuleViolation>();
        if (Kind is null)
        {
            violations.Add(RuleViolation.Of(RecognitionRuleCodes.RuleIncomplete, kindLabel));
        }

        if (PeriodType is null)
        {
            violations.Add(RuleViolation.Of(RecognitionRuleCodes.RuleIncomplete, periodTypeLabel));
        }

        if (Kind == HonourKind.FirstToReach)
        {
            if (ThresholdPercent is not { } threshold || threshold <= 0m || threshold > MaxThresholdPercent)
            {
                violations.Add(RuleViolation.Of(RecognitionRuleCodes.ThresholdOutOfRange, Shown(ThresholdPercent), MaxThresholdPercent));
            }

            if (!HasKpi)
            {
                violations.Add(RuleViolation.Of(RecognitionRuleCodes.KpiUnknown, kpiShown));
            }
        }

        if (Kind == HonourKind.TopOfLeaderboard && (TopN is not { } n || n < 1 || n > MaxTopN))
        {
            violations.Add(RuleViolation.Of(RecognitionRuleCodes.TopNOutOfRange, TopN?.ToString(CultureInfo.InvariantCulture) ?? "none", MaxTopN));
        }

        return violations;
    }

    private static string Shown(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "none";
}
