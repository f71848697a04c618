using System.Globalization;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Kpis;

namespace SalesPerf.Domain.Targets;

/// <summary>
/// Words for how a target's numbers came about, e.g. "Revenue 20,000.00 of target 100,000.00 = 20.00 % attainment;
/// score 20.00 (threshold 0 %, cap 150 %); expected to date 49,438.20". Numbers use the invariant culture so the
/// trace reads the same whoever triggered the recalculation.
/// </summary>
internal static class CalculationTrace
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static BilingualText Describe(Kpi kpi, TargetTerms terms, Actual actual, decimal? attainment, decimal? score, decimal? pace)
    {
        var en = kpi.Name.English;
        var zh = string.IsNullOrWhiteSpace(kpi.Name.Chinese) ? en : kpi.Name.Chinese;
        var target = Quantity(terms.TargetValue, kpi.Unit, english: true);
        var targetZh = Quantity(terms.TargetValue, kpi.Unit, english: false);
        var paceEn = pace.HasValue ? "; expected to date " + Quantity(pace.Value, kpi.Unit, english: true) : string.Empty;
        var paceZh = pace.HasValue ? "；截至今日应完成 " + Quantity(pace.Value, kpi.Unit, english: false) : string.Empty;

        if (!actual.HasValue)
        {
            return BilingualText.Of(
                en + ": no actual (no records, or a denominator of 0), so no attainment and no score; target " + target + paceEn,
                zh + "：无实际值（无记录或分母为 0），因此无达成率和得分；目标 " + targetZh + paceZh);
        }

        var actualEn = Quantity(actual.Value!.Value, kpi.Unit, english: true) + Parts(actual);
        var actualZh = Quantity(actual.Value!.Value, kpi.Unit, english: false) + Parts(actual);
        if (!attainment.HasValue)
        {
            return BilingualText.Of(
                en + " " + actualEn + " of target " + target + ": no attainment against a target of 0, so no score" + paceEn,
                zh + " 实际 " + actualZh + "，目标 " + targetZh + "：目标为 0，无达成率和得分" + paceZh);
        }

        var lowerIsBetter = kpi.Direction == KpiDirection.LowerIsBetter;
        var zeroActual = actual.Value.Value == 0m;
        var directionEn = !lowerIsBetter ? string.Empty
            : zeroActual ? " (lower is better: an actual of 0 gives the cap)"
            : " (lower is better: target ÷ actual)";
        var directionZh = !lowerIsBetter ? string.Empty
            : zeroActual ? "（越低越好：实际为 0 时取上限）"
            : "（越低越好：目标 ÷ 实际）";
        var belowThreshold = attainment.Value < terms.ThresholdPercent || attainment.Value < 0m;
        var capped = !belowThreshold && attainment.Value > terms.ScoreCap;
        var noteEn = belowThreshold ? ", below the threshold" : capped ? ", capped" : string.Empty;
        var noteZh = belowThreshold ? "，低于门槛" : capped ? "，已封顶" : string.Empty;
        var threshold = Percent(terms.ThresholdPercent);
        var cap = Percent(terms.ScoreCap);

        return BilingualText.Of(
            en + " " + actualEn + " of target " + target + " = " + Number(attainment.Value) + " % attainment" + directionEn
            + "; score " + Number(score!.Value) + noteEn + " (threshold " + threshold + " %, cap " + cap + " %)" + paceEn,
            zh + " 实际 " + actualZh + "，目标 " + targetZh + "，达成率 " + Number(attainment.Value) + " %" + directionZh
            + "；得分 " + Number(score!.Value) + noteZh + "（门槛 " + threshold + " %，上限 " + cap + " %）" + paceZh);
    }

    private static string Parts(Actual actual) =>
        actual.IsRatio ? " (" + Count(actual.Numerator!.Value) + " ÷ " + Count(actual.Denominator!.Value) + ")" : string.Empty;

    private static string Quantity(decimal value, KpiUnit unit, bool english) => unit switch
    {
        KpiUnit.Count => Count(value),
        KpiUnit.Percent => Number(value) + " %",
        KpiUnit.Days => Number(value) + (english ? " days" : " 天"),
        _ => Number(value),
    };

    private static string Number(decimal value) => value.ToString("N2", Invariant);

    private static string Count(decimal value) => value.ToString("#,##0.##", Invariant);

    private static string Percent(decimal value) => value.ToString("0.##", Invariant);
}
