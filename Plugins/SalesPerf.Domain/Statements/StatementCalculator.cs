using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// Computes a statement from its sources, from scratch every time (domain.md §6). Lines are rounded one by one with
/// <see cref="CurrencyRounding"/>; totals are sums of rounded lines.
/// <list type="bullet">
/// <item>PerTransaction: each line is the transaction's own credit tiered alone.</item>
/// <item>PeriodCumulative + Marginal: each line pays the slices of the running total it adds, band by band; it is
/// rounded as (commission on the running total after it, rounded) minus the earlier lines, so that the lines add up to
/// the commission on the period's total whatever the transactions were.</item>
/// <item>PeriodCumulative + Retroactive: a line pays (running total after it × rate of the band reached) minus what
/// the earlier lines computed, so the lines always sum to total × rate; a line that lifts the total into a higher band
/// carries the difference for the earlier credit, and a line that moves it into a lower-paying band or a gap is negative.</item>
/// <item>Payout cap: lines pay until their running sum reaches the cap; the line that crosses it is reduced, later
/// lines pay 0 (clawbacks and adjustments are not capped).</item>
/// <item>Transactions dated outside the period are not credited.</item>
/// </list>
/// </summary>
public static class StatementCalculator
{
    public static StatementComputation Compute(StatementSources sources)
    {
        if (sources is null)
        {
            throw new ArgumentNullException(nameof(sources));
        }

        var plan = sources.Plan;
        var gated = IsGated(sources);
        var schedule = TierSchedule.For(plan, sources.Quota, gated);

        var earnings = new List<CommissionLine>();
        var cumulative = 0m;
        var computedSoFar = 0m;
        var paidSoFar = 0m;
        foreach (var tx in sources.Transactions.Where(t => sources.Period.Contains(t.Date)))
        {
            var before = cumulative;
            cumulative += tx.Credit;
            var step = Price(plan, schedule, tx, before, cumulative, computedSoFar);
            computedSoFar += step.ComputedAmount;
            var capped = Capped(plan, computedSoFar);
            step = step with { CommissionAmount = capped - paidSoFar };
            paidSoFar = capped;

            earnings.Add(new CommissionLine(
                CommissionLineKind.Earning,
                tx.Id,
                tx.Date,
                tx.Credit,
                tx.SplitPercent,
                cumulative,
                Percent(cumulative, sources.Quota),
                step.Slices.Count == 0 ? 0m : step.Slices[step.Slices.Count - 1].RatePercent,
                ValueList<BandSlice>.From(step.Slices),
                step.ComputedAmount,
                step.CommissionAmount,
                LineTrace.Earning(sources, step)));
        }

        var clawbacks = Clawbacks.Compute(plan, sources.PaidLines, sources.Reversals);
        var adjustments = sources.Adjustments
            .OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(Adjustment)
            .ToArray();

        var earned = earnings.Sum(l => l.CommissionAmount);
        var clawback = clawbacks.Sum(l => l.CommissionAmount);
        var adjustment = adjustments.Sum(l => l.CommissionAmount);
        var attainment = Percent(cumulative, sources.Quota);
        var capReached = earnings.Any(l => l.IsCapped);
        return new StatementComputation(
            ValueList<CommissionLine>.From(earnings.Concat(clawbacks).Concat(adjustments)),
            cumulative,
            attainment,
            earned,
            clawback,
            adjustment,
            gated,
            capReached,
            StatementTrace.Describe(sources, earnings.Count, earnings.Select(l => l.CommissionAmount).ToArray(), cumulative, attainment, earned, clawback, adjustment, gated, capReached));
    }

    /// <summary>SPM-STM-003 when the statement is not Open (Approved, Disputed and Paid keep their lines).</summary>
    public static Validated<StatementComputation> Recompute(StatementStatus status, StatementSources sources)
    {
        var violations = StatementWorkflow.CheckRecompute(status);
        return violations.Count > 0
            ? Validated<StatementComputation>.Failure(violations)
            : Validated<StatementComputation>.Success(Compute(sources));
    }

    private static EarningStep Price(CommissionPlan plan, TierSchedule schedule, CreditTransaction tx, decimal before, decimal after, decimal computedSoFar)
    {
        var perTransaction = plan.Scope == TierScope.PerTransaction;
        if (plan.Mode == TierMode.Marginal)
        {
            if (perTransaction)
            {
                var own = schedule.Marginal(0m, tx.Credit);
                var amount = CurrencyRounding.Round(own.Sum(s => s.Commission));
                return new EarningStep(tx, before, after, own, 0m, 0m, amount, amount);
            }

            // Rounding the running total (not each slice sum) makes the lines add up to the commission on the period's
            // total, however the credit was split into transactions.
            var slices = schedule.Marginal(before, after);
            var runningTotal = CurrencyRounding.Round(schedule.Marginal(0m, after).Sum(s => s.Commission));
            return new EarningStep(tx, before, after, slices, runningTotal, computedSoFar, runningTotal - computedSoFar, runningTotal - computedSoFar);
        }

        var slice = schedule.Retroactive(perTransaction ? tx.Credit : after);
        var sliceList = slice.HasValue ? new[] { slice.Value } : Array.Empty<BandSlice>();
        var total = CurrencyRounding.Round(slice?.Commission ?? 0m);
        var earlier = perTransaction ? 0m : computedSoFar;
        return new EarningStep(tx, before, after, sliceList, total, earlier, total - earlier, total - earlier);
    }

    /// <summary>The plan has an accelerator gate and the weighted score is below it, or there is none.</summary>
    internal static bool IsGated(StatementSources sources) =>
        sources.Plan.HasGate && (!sources.WeightedScore.HasValue || sources.WeightedScore.Value < sources.Plan.AcceleratorGate!.Value);

    internal static decimal Capped(CommissionPlan plan, decimal computed) =>
        plan.PayoutCap.HasValue && computed > plan.PayoutCap.Value ? plan.PayoutCap.Value : computed;

    internal static decimal Percent(decimal credit, decimal quota) => CurrencyRounding.Round(credit * 100m / quota);

    private static CommissionLine Adjustment(StatementAdjustment adjustment)
    {
        var amount = CurrencyRounding.Round(adjustment.Amount);
        return new CommissionLine(
            CommissionLineKind.Adjustment,
            adjustment.Id,
            adjustment.Date,
            0m,
            0m,
            0m,
            0m,
            0m,
            ValueList<BandSlice>.Empty,
            amount,
            amount,
            BilingualText.Of(
                "Adjustment " + TraceNumbers.Cash(amount) + ": " + adjustment.Reason + ".",
                "调整 " + TraceNumbers.Cash(amount) + "：" + adjustment.Reason + "。"));
    }
}
