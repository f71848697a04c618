using System.Collections.Generic;
using System.Linq;
using System.Text;
using SalesPerf.Domain.Common;
using static SalesPerf.Domain.Commission.TraceNumbers;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// Words for a statement's totals: credit against quota, earned as the sum of its lines, clawback, adjustment, payable.
/// Line amounts are listed when there are few enough to read.
/// </summary>
internal static class StatementTrace
{
    public const int MaxListedLines = 12;

    /// <param name="count">The number of earning lines; null when it is not known but above <see cref="MaxListedLines"/> (an event reads no more lines than it lists).</param>
    /// <param name="amounts">The earning lines' amounts, listed when there are at most <see cref="MaxListedLines"/>.</param>
    public static BilingualText Describe(StatementSources sources, int? count, IReadOnlyList<decimal> amounts, decimal credit, decimal attainment, decimal earned, decimal clawback, decimal adjustment, bool gated, bool capped)
    {
        var en = new StringBuilder();
        var zh = new StringBuilder();
        var countEn = count.HasValue ? count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "more than " + MaxListedLines;
        var countZh = count.HasValue ? count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "超过 " + MaxListedLines;
        en.Append("Credit ").Append(Cash(credit)).Append(" from ").Append(countEn).Append(count == 1 ? " transaction" : " transactions")
            .Append(" = ").Append(Plain(attainment)).Append(" % of quota ").Append(Cash(sources.Quota)).Append('.');
        zh.Append("计入业绩 ").Append(Cash(credit)).Append("（").Append(countZh).Append(" 笔），达成配额 ").Append(Cash(sources.Quota))
            .Append(" 的 ").Append(Plain(attainment)).Append(" %。");

        var list = count is > 0 and <= MaxListedLines
            ? " (" + string.Join(" + ", amounts.Select(Cash)) + ")"
            : string.Empty;
        en.Append(" Earned ").Append(Cash(earned)).Append(" = sum of ").Append(countEn).Append(" earning lines").Append(list).Append('.');
        zh.Append("提成 ").Append(Cash(earned)).Append(" = ").Append(countZh).Append(" 行提成之和").Append(list).Append('。');

        if (gated)
        {
            var score = sources.WeightedScore.HasValue ? Plain(sources.WeightedScore.Value) : "—";
            en.Append(" Accelerator gate not met (weighted score ").Append(score).Append(" < ").Append(Plain(sources.Plan.AcceleratorGate!.Value))
                .Append("): tiers above the 100 % tier pay at most its rate.");
            zh.Append("未达加速门槛（加权得分 ").Append(score).Append(" < ").Append(Plain(sources.Plan.AcceleratorGate!.Value))
                .Append("）：100 % 所在档以上各档最多按该档费率计提。");
        }

        if (capped)
        {
            en.Append(" Payout cap ").Append(Cash(sources.Plan.PayoutCap!.Value)).Append(" reached.");
            zh.Append("已达提成上限 ").Append(Cash(sources.Plan.PayoutCap!.Value)).Append('。');
        }

        en.Append(" Payable ").Append(Cash(earned)).Append(" + clawback ").Append(Cash(clawback)).Append(" + adjustment ").Append(Cash(adjustment))
            .Append(" = ").Append(Cash(earned + clawback + adjustment)).Append('.');
        zh.Append("应付 ").Append(Cash(earned)).Append(" + 追回 ").Append(Cash(clawback)).Append(" + 调整 ").Append(Cash(adjustment))
            .Append(" = ").Append(Cash(earned + clawback + adjustment)).Append('。');
        return BilingualText.Of(en.ToString(), zh.ToString());
    }
}
