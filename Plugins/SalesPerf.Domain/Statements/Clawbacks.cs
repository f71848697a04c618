using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Money;
using SalesPerf.Domain.Periods;
using static SalesPerf.Domain.Commission.TraceNumbers;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// Clawback lines for the rep's open statement. A transaction whose net paid amount on closed statements is positive
/// and that was reversed within the plan's clawback days of its (latest) transaction date gets one line of minus that
/// net amount. Closed statements never change; once the clawback is itself on a closed statement the net is 0, so it
/// is never taken twice. A transaction still on an open statement needs no clawback: that statement is recomputed
/// without it. A later re-win is a new credit in the period of its new date.
/// <para>
/// A re-division (<see cref="TransactionReversal.KeptPercent"/>: a deal split added or raised after the rep's statement
/// closed) takes back what was paid above the kept share: the rep keeps the latest earning's commission × kept percent ÷
/// the percent it was paid at, and the line is minus the net paid above that. It applies whatever the clawback window:
/// the deal stands, and its credit never adds up to more than 100 %. Its line carries the credit taken back as a
/// negative credit amount and the kept percent as its split percent, so a recompute reads it back as the same
/// re-division.
/// </para>
/// </summary>
public static class Clawbacks
{
    public static ValueList<CommissionLine> Compute(CommissionPlan plan, IEnumerable<PaidLine> paidLines, IEnumerable<TransactionReversal> reversals)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        var paid = (paidLines ?? throw new ArgumentNullException(nameof(paidLines))).ToLookup(p => p.TransactionId, StringComparer.Ordinal);
        var latest = (reversals ?? throw new ArgumentNullException(nameof(reversals)))
            .GroupBy(r => r.TransactionId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.ReversedOn).First())
            .OrderBy(r => r.ReversedOn)
            .ThenBy(r => r.TransactionId, StringComparer.Ordinal);

        var lines = new List<CommissionLine>();
        foreach (var reversal in latest)
        {
            var history = paid[reversal.TransactionId].ToArray();
            var earnings = history.Where(p => p.CreditAmount > 0m).ToArray();
            var net = history.Sum(p => p.CommissionAmount);
            if (earnings.Length == 0 || net <= 0m)
            {
                continue;
            }

            var earning = earnings.OrderByDescending(p => p.TransactionDate).First();
            if (reversal.IsRedivision)
            {
                var redivision = Redivision(plan, earning, reversal, net);
                if (redivision is not null)
                {
                    lines.Add(redivision);
                }

                continue;
            }

            var days = earning.TransactionDate.DaysUntil(reversal.ReversedOn);
            if (plan.ClawbackDays == 0 || days < 0 || days > plan.ClawbackDays)
            {
                continue;
            }

            lines.Add(new CommissionLine(
                CommissionLineKind.Clawback,
                reversal.TransactionId,
                reversal.ReversedOn,
                0m,
                earning.SplitPercent,
                0m,
                0m,
                0m,
                ValueList<BandSlice>.Empty,
                -net,
                -net,
                Trace(plan, earning, reversal.ReversedOn, days, net)));
        }

        return ValueList<CommissionLine>.From(lines);
    }

    private static CommissionLine? Redivision(CommissionPlan plan, PaidLine earning, TransactionReversal reversal, decimal net)
    {
        var kept = Math.Max(0m, Math.Min(earning.SplitPercent, reversal.KeptPercent!.Value));
        var keptShare = earning.SplitPercent <= 0m ? 0m : kept / earning.SplitPercent;
        var owed = CurrencyRounding.Round(earning.CommissionAmount * keptShare);
        var taken = net - owed;
        if (taken <= 0m)
        {
            return null;
        }

        var creditTaken = earning.CreditAmount - CurrencyRounding.Round(earning.CreditAmount * keptShare);
        return new CommissionLine(
            CommissionLineKind.Clawback,
            reversal.TransactionId,
            reversal.ReversedOn,
            -creditTaken,
            kept,
            0m,
            0m,
            0m,
            ValueList<BandSlice>.Empty,
            -taken,
            -taken,
            RedivisionTrace(plan, earning, reversal.ReversedOn, kept, owed, net, taken));
    }

    private static BilingualText RedivisionTrace(
        CommissionPlan plan, PaidLine earning, CalendarDate on, decimal kept, decimal owed, decimal net, decimal taken) => BilingualText.Of(
        "Split change: " + BasisNouns.English(plan.Basis) + " " + earning.TransactionId + ", credited " + Cash(earning.CreditAmount) + " at "
        + Rate(earning.SplitPercent) + " on " + Date(earning.TransactionDate) + ", was paid " + Cash(net) + " on a closed statement; on "
        + Date(on) + " its splits left this rep " + Rate(kept) + ", worth " + Cash(owed) + ", so " + Cash(-taken)
        + " is taken back (the deal is never credited more than 100 %).",
        "拆分变更：" + BasisNouns.Chinese(plan.Basis) + " " + earning.TransactionId + "（" + Date(earning.TransactionDate) + " 按 " + Rate(earning.SplitPercent)
        + " 计入业绩 " + Cash(earning.CreditAmount) + "）已在已结提成单中支付 " + Cash(net) + "；" + Date(on) + " 拆分调整后该销售代表保留 "
        + Rate(kept) + "，对应 " + Cash(owed) + "，因此追回 " + Cash(-taken) + "（交易计入的业绩合计绝不超过 100%）。");

    private static BilingualText Trace(CommissionPlan plan, PaidLine earning, CalendarDate reversedOn, int days, decimal net) => BilingualText.Of(
        "Clawback: " + BasisNouns.English(plan.Basis) + " " + earning.TransactionId + ", credited " + Cash(earning.CreditAmount) + " on "
        + Date(earning.TransactionDate) + ", was paid " + Cash(net) + " on a closed statement and reversed on " + Date(reversedOn) + ", "
        + days + " days later (within the plan's " + plan.ClawbackDays + " days), so " + Cash(-net) + " is taken back.",
        "追回：" + BasisNouns.Chinese(plan.Basis) + " " + earning.TransactionId + "（" + Date(earning.TransactionDate) + " 计入业绩 " + Cash(earning.CreditAmount)
        + "）已在已结提成单中支付 " + Cash(net) + "，于 " + Date(reversedOn) + " 撤销，相隔 " + days + " 天（在计划的 " + plan.ClawbackDays
        + " 天追回期内），因此追回 " + Cash(-net) + "。");
}
