using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// One transaction changed on an Open statement (docs/domain-rules.md, "Late events"): only its own earning and clawback
/// lines and the statement's totals change, whatever else the statement holds, so an event's cost does not grow with the
/// statement.
/// <list type="bullet">
/// <item>PeriodCumulative: the earning line pays (commission on the period total after the event, capped) minus what the
/// statement's other earning lines hold. A transaction dated before lines already on the statement is priced on top of
/// the period total and carries the change their amounts would otherwise have taken (the catch-up); they stand.</item>
/// <item>PerTransaction: the same, with the earned amount computed from every credit of the period (each tiered alone,
/// the payout cap on their sum); without a cap or a changed quota or gate the line is its own credit tiered alone.</item>
/// <item>A transaction no longer credited keeps a line with credit 0 while it carries a catch-up (the other lines were
/// priced on a total it was part of); a line that would credit and pay 0 goes.</item>
/// <item>Its clawback line is computed by <see cref="Clawbacks"/> from its own paid lines and reversal.</item>
/// </list>
/// So Σ earning lines = the commission on the period total after every event, in any order of the same events; which line
/// holds which part of it depends on the order. <see cref="StatementCalculator.Compute"/> (full recalculation) orders the
/// lines by date again, with the same totals.
/// </summary>
public static class StatementIncrement
{
    /// <summary>The other earning lines an event lists in the statement trace (more are counted, not read).</summary>
    public const int ListedLines = StatementTrace.MaxListedLines;

    /// <returns>
    /// The statement's new totals and trace; its <see cref="StatementComputation.Lines"/> are the transaction's lines that
    /// stay (earning, clawback): a stored line of the transaction that is not among them is deleted.
    /// </returns>
    public static StatementComputation Apply(StatementEvent change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var sources = change.Sources;
        var plan = sources.Plan;
        var gated = StatementCalculator.IsGated(sources);
        var schedule = TierSchedule.For(plan, sources.Quota, gated);
        var credited = sources.Transactions.Where(t => t.Id == change.TransactionId && sources.Period.Contains(t.Date)).Select(t => (CreditTransaction?)t).FirstOrDefault();
        var othersCredit = change.Stored.Credit - (change.Earning?.Credit ?? 0m);
        var othersEarned = change.Stored.Earned - (change.Earning?.Commission ?? 0m);

        var lines = new List<CommissionLine>();
        decimal credit, earned;
        bool capReached;
        if (!credited.HasValue && !change.Earning.HasValue)
        {
            // Only its clawback changes: the earning lines and their totals stay as they are.
            credit = change.Stored.Credit;
            earned = change.Stored.Earned;
            capReached = plan.PayoutCap.HasValue && earned >= plan.PayoutCap.Value;
        }
        else
        {
            var priced = plan.Scope == TierScope.PeriodCumulative
                ? Cumulative(plan, schedule, othersCredit, credited)
                : PerTransaction(sources, credited);
            credit = priced.Credit;
            earned = StatementCalculator.Capped(plan, priced.Uncapped);
            capReached = earned != priced.Uncapped;
            var amount = earned - othersEarned;
            if (credited.HasValue || amount != 0m)
            {
                lines.Add(Line(change, credited, priced, othersCredit, othersEarned, earned, amount));
            }
        }

        var clawbacks = Clawbacks.Compute(plan, sources.PaidLines, sources.Reversals).Where(l => l.SourceId == change.TransactionId).ToArray();
        lines.AddRange(clawbacks);
        var clawback = change.Stored.Clawback - (change.Clawback?.Commission ?? 0m) + clawbacks.Sum(l => l.CommissionAmount);
        var attainment = StatementCalculator.Percent(credit, sources.Quota);
        var listed = change.OtherEarnings is null || lines.Count(l => l.Kind == CommissionLineKind.Earning) + change.OtherEarnings.Count > ListedLines
            ? null
            : change.OtherEarnings.Concat(lines.Where(l => l.Kind == CommissionLineKind.Earning).Select(l => l.CommissionAmount)).ToArray();
        return new StatementComputation(
            ValueList<CommissionLine>.From(lines),
            credit,
            attainment,
            earned,
            clawback,
            change.Stored.Adjustment,
            gated,
            capReached,
            StatementTrace.Describe(sources, listed?.Length, listed ?? Array.Empty<decimal>(), credit, attainment, earned, clawback, change.Stored.Adjustment, gated, capReached));
    }

    private static Priced Cumulative(CommissionPlan plan, TierSchedule schedule, decimal othersCredit, CreditTransaction? credited)
    {
        var after = othersCredit + (credited?.Credit ?? 0m);
        if (plan.Mode == TierMode.Marginal)
        {
            var total = CurrencyRounding.Round(schedule.Marginal(0m, after).Sum(s => s.Commission));
            return new Priced(after, total, schedule.Marginal(othersCredit, after), total);
        }

        var slice = schedule.Retroactive(after);
        var retroactive = CurrencyRounding.Round(slice?.Commission ?? 0m);
        return new Priced(after, retroactive, slice.HasValue ? new[] { slice.Value } : Array.Empty<BandSlice>(), retroactive);
    }

    private static Priced PerTransaction(StatementSources sources, CreditTransaction? credited)
    {
        var full = StatementCalculator.Compute(sources);
        var earnings = full.Lines.Where(l => l.Kind == CommissionLineKind.Earning).ToArray();
        var own = credited.HasValue ? earnings.FirstOrDefault(l => l.SourceId == credited.Value.Id) : null;
        return new Priced(full.CreditAmount, earnings.Sum(l => l.ComputedAmount), own?.Slices ?? (IReadOnlyList<BandSlice>)Array.Empty<BandSlice>(), own?.ComputedAmount ?? 0m);
    }

    private static CommissionLine Line(StatementEvent change, CreditTransaction? credited, Priced priced, decimal othersCredit, decimal othersEarned, decimal earned, decimal amount)
    {
        var sources = change.Sources;
        var cumulative = sources.Plan.Scope == TierScope.PeriodCumulative;
        var rate = priced.Slices.Count == 0 ? 0m : priced.Slices[priced.Slices.Count - 1].RatePercent;
        if (!credited.HasValue)
        {
            var stored = change.Earning!.Value;
            return new CommissionLine(
                CommissionLineKind.Earning, change.TransactionId, stored.Date, 0m, stored.SplitPercent, priced.Credit,
                StatementCalculator.Percent(priced.Credit, sources.Quota), 0m, ValueList<BandSlice>.Empty, amount, amount,
                LateEventTrace.NoLongerCredited(sources, othersCredit + stored.Credit, priced.Credit, priced.Uncapped, earned, othersEarned, amount));
        }

        var tx = credited.Value;
        var step = cumulative
            ? new EarningStep(tx, othersCredit, priced.Credit, priced.Slices, priced.Uncapped, othersEarned, priced.Uncapped - othersEarned, amount)
            : new EarningStep(tx, 0m, tx.Credit, priced.Slices, priced.Own, 0m, priced.Own, priced.Own);
        var trace = LineTrace.Earning(sources, step);
        if (!cumulative && amount != priced.Own)
        {
            trace = LateEventTrace.PerTransactionCatchUp(trace, sources, earned, othersEarned, amount);
        }

        if (change.LaterLinesExist && cumulative)
        {
            trace = LateEventTrace.BackDated(trace, tx.Date);
        }

        return new CommissionLine(
            CommissionLineKind.Earning, tx.Id, tx.Date, tx.Credit, tx.SplitPercent, priced.Credit, StatementCalculator.Percent(priced.Credit, sources.Quota),
            rate, ValueList<BandSlice>.From(priced.Slices), step.ComputedAmount, amount, trace);
    }

    /// <summary>The period's credit after the event, the commission on it before the cap, the line's slices and (PerTransaction) its own amount.</summary>
    private sealed record Priced(decimal Credit, decimal Uncapped, IReadOnlyList<BandSlice> Slices, decimal Own);
}
