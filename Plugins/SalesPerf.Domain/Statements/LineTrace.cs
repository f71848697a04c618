using System.Linq;
using System.Text;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Money;
using static SalesPerf.Domain.Commission.TraceNumbers;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// Words for one earning line, e.g. "Credit 20,000.00 (100 % of deal). Cumulative 145,000.00 → 165,000.00.
/// 5,000.00 × 4 % (band 0–150,000) + 15,000.00 × 6 % (band 150,000–250,000) = 1,100.00."
/// </summary>
internal static class LineTrace
{
    public static BilingualText Earning(StatementSources sources, EarningStep step)
    {
        var plan = sources.Plan;
        var tx = step.Transaction;
        var en = new StringBuilder();
        var zh = new StringBuilder();

        var nounEn = BasisNouns.English(plan.Basis);
        var nounZh = BasisNouns.Chinese(plan.Basis);
        if (tx.SplitPercent == 100m)
        {
            en.Append("Credit ").Append(Cash(tx.Credit)).Append(" (100 % of ").Append(nounEn).Append(").");
            zh.Append("计入业绩 ").Append(Cash(tx.Credit)).Append("（").Append(nounZh).Append("的 100 %）。");
        }
        else
        {
            en.Append("Credit ").Append(Cash(tx.Credit)).Append(" (").Append(Rate(tx.SplitPercent)).Append(" of ").Append(nounEn).Append(' ').Append(Cash(tx.Amount)).Append(").");
            zh.Append("计入业绩 ").Append(Cash(tx.Credit)).Append("（").Append(nounZh).Append(' ').Append(Cash(tx.Amount)).Append(" 的 ").Append(Rate(tx.SplitPercent)).Append("）。");
        }

        var percentTiers = plan.TierBasis == TierBasis.AttainmentPercent;
        if (plan.Scope == TierScope.PeriodCumulative)
        {
            en.Append(" Cumulative ").Append(Cash(step.CumulativeBefore)).Append(" → ").Append(Cash(step.CumulativeAfter));
            zh.Append("累计 ").Append(Cash(step.CumulativeBefore)).Append(" → ").Append(Cash(step.CumulativeAfter));
            if (percentTiers)
            {
                var attainment = Plain(CurrencyRounding.Round(step.CumulativeAfter * 100m / sources.Quota));
                en.Append(" (").Append(attainment).Append(" % of quota ").Append(Cash(sources.Quota)).Append(')');
                zh.Append("（配额 ").Append(Cash(sources.Quota)).Append(" 的 ").Append(attainment).Append(" %）");
            }

            en.Append('.');
            zh.Append('。');
        }
        else if (percentTiers)
        {
            var attainment = Plain(CurrencyRounding.Round(tx.Credit * 100m / sources.Quota));
            en.Append(" Tiered on its own: ").Append(attainment).Append(" % of quota ").Append(Cash(sources.Quota)).Append('.');
            zh.Append("单笔分档：配额 ").Append(Cash(sources.Quota)).Append(" 的 ").Append(attainment).Append(" %。");
        }

        if (plan.Mode == TierMode.Marginal)
        {
            Marginal(plan, step, en, zh);
        }
        else
        {
            Retroactive(plan, step, en, zh);
        }

        Gate(sources, step, en, zh);
        if (step.CommissionAmount != step.ComputedAmount)
        {
            en.Append(" Payout cap ").Append(Cash(plan.PayoutCap!.Value)).Append(": ").Append(Cash(step.ComputedAmount)).Append(" reduced to ").Append(Cash(step.CommissionAmount)).Append('.');
            zh.Append("提成上限 ").Append(Cash(plan.PayoutCap!.Value)).Append("：").Append(Cash(step.ComputedAmount)).Append(" 减为 ").Append(Cash(step.CommissionAmount)).Append('。');
        }

        return BilingualText.Of(en.ToString(), zh.ToString());
    }

    private static void Marginal(CommissionPlan plan, EarningStep step, StringBuilder en, StringBuilder zh)
    {
        if (step.Slices.Count == 0)
        {
            en.Append(" No band covers this credit, so it pays 0.00.");
            zh.Append("该业绩不在任何区间内，提成 0.00。");
            return;
        }

        var sliceSum = CurrencyRounding.Round(step.Slices.Sum(s => s.Commission));
        en.Append(' ').Append(string.Join(" + ", step.Slices.Select(s => Cash(s.Amount) + " × " + Rate(s.RatePercent) + " (band " + s.Tier.Describe(plan.TierBasis) + ")")))
            .Append(" = ").Append(Cash(sliceSum)).Append('.');
        zh.Append(string.Join("+ ", step.Slices.Select(s => Cash(s.Amount) + " × " + Rate(s.RatePercent) + "（区间 " + s.Tier.Describe(plan.TierBasis) + "）")))
            .Append("= ").Append(Cash(sliceSum)).Append('。');
        if (sliceSum != step.ComputedAmount)
        {
            en.Append(" Rounded on the running total (").Append(Cash(step.RunningTotal)).Append(" less ").Append(Cash(step.EarlierLines)).Append(" on earlier lines): ").Append(Cash(step.ComputedAmount)).Append('.');
            zh.Append("按累计提成取整（").Append(Cash(step.RunningTotal)).Append(" 减去之前各行 ").Append(Cash(step.EarlierLines)).Append("）：").Append(Cash(step.ComputedAmount)).Append('。');
        }
    }

    private static void Retroactive(CommissionPlan plan, EarningStep step, StringBuilder en, StringBuilder zh)
    {
        var cumulative = plan.Scope == TierScope.PeriodCumulative;
        var amount = cumulative ? step.CumulativeAfter : step.Transaction.Credit;
        if (step.Slices.Count == 0)
        {
            en.Append(' ').Append(cumulative ? "The total " : string.Empty).Append(Cash(amount)).Append(" is in no band, so it earns 0.00");
            zh.Append(cumulative ? "累计 " : string.Empty).Append(Cash(amount)).Append(" 不在任何区间内，提成 0.00");
        }
        else
        {
            var slice = step.Slices[0];
            en.Append(' ').Append(Cash(amount)).Append(" × ").Append(Rate(slice.RatePercent)).Append(" (band ").Append(slice.Tier.Describe(plan.TierBasis)).Append(") = ").Append(Cash(step.RunningTotal));
            zh.Append(Cash(amount)).Append(" × ").Append(Rate(slice.RatePercent)).Append("（区间 ").Append(slice.Tier.Describe(plan.TierBasis)).Append("）= ").Append(Cash(step.RunningTotal));
        }

        if (step.EarlierLines != 0m)
        {
            en.Append(", less ").Append(Cash(step.EarlierLines)).Append(" on earlier lines = ").Append(Cash(step.ComputedAmount));
            zh.Append("，减去之前各行已计 ").Append(Cash(step.EarlierLines)).Append(" = ").Append(Cash(step.ComputedAmount));
        }

        en.Append('.');
        zh.Append('。');
    }

    private static void Gate(StatementSources sources, EarningStep step, StringBuilder en, StringBuilder zh)
    {
        var gated = step.Slices.Where(s => s.IsGated).ToArray();
        if (gated.Length == 0)
        {
            return;
        }

        var gate = Plain(sources.Plan.AcceleratorGate!.Value);
        var scoreEn = sources.WeightedScore.HasValue ? "weighted score " + Plain(sources.WeightedScore.Value) : "no weighted score";
        var scoreZh = sources.WeightedScore.HasValue ? "加权得分 " + Plain(sources.WeightedScore.Value) : "无加权得分";
        en.Append(" Accelerator gate: ").Append(scoreEn).Append(" is below ").Append(gate).Append(", so ")
            .Append(string.Join(", ", gated.Select(s => "band " + s.Tier.Describe(sources.Plan.TierBasis) + " pays " + Rate(s.RatePercent) + " instead of " + Rate(s.PlanRatePercent))))
            .Append('.');
        zh.Append("加速门槛：").Append(scoreZh).Append(" 低于 ").Append(gate).Append("，")
            .Append(string.Join("，", gated.Select(s => "区间 " + s.Tier.Describe(sources.Plan.TierBasis) + " 按 " + Rate(s.RatePercent) + " 而非 " + Rate(s.PlanRatePercent) + " 计提")))
            .Append('。');
    }
}
