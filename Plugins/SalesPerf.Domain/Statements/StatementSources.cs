using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// Everything one statement is computed from: the plan, the assignment's quota and payout period, the rep's credit
/// transactions, the scorecard's weighted score, the lines already paid on closed statements with the reversals since,
/// and manual adjustments. Transactions are kept sorted by date, creation order, then id, so the order they were read
/// in does not matter.
/// </summary>
public sealed record StatementSources
{
    private StatementSources(
        CommissionPlan plan,
        decimal quota,
        DateRange period,
        ValueList<CreditTransaction> transactions,
        decimal? weightedScore,
        ValueList<PaidLine> paidLines,
        ValueList<TransactionReversal> reversals,
        ValueList<StatementAdjustment> adjustments)
    {
        Plan = plan;
        Quota = quota;
        Period = period;
        Transactions = transactions;
        WeightedScore = weightedScore;
        PaidLines = paidLines;
        Reversals = reversals;
        Adjustments = adjustments;
    }

    public CommissionPlan Plan { get; }

    public decimal Quota { get; }

    public DateRange Period { get; }

    public ValueList<CreditTransaction> Transactions { get; }

    /// <summary>The owner's scorecard weighted score for the period; null when there is none (an active gate is then not met).</summary>
    public decimal? WeightedScore { get; }

    public ValueList<PaidLine> PaidLines { get; }

    public ValueList<TransactionReversal> Reversals { get; }

    public ValueList<StatementAdjustment> Adjustments { get; }

    /// <summary>
    /// Validated: quota &gt; 0 (SPM-PLN-010) and the period inside the plan's effective dates (SPM-PLN-009).
    /// Two transactions with one id are a programming error (ArgumentException).
    /// </summary>
    public static Validated<StatementSources> Create(
        CommissionPlan plan,
        decimal quota,
        DateRange period,
        IEnumerable<CreditTransaction> transactions,
        decimal? weightedScore = null,
        IEnumerable<PaidLine>? paidLines = null,
        IEnumerable<TransactionReversal>? reversals = null,
        IEnumerable<StatementAdjustment>? adjustments = null)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        var violations = new List<RuleViolation>(plan.CheckAssignment(period));
        if (quota <= 0m)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.QuotaNotPositive, quota));
        }

        if (violations.Count > 0)
        {
            return Validated<StatementSources>.Failure(violations);
        }

        return Validated<StatementSources>.Success(new StatementSources(
            plan,
            quota,
            period,
            Sorted(transactions ?? throw new ArgumentNullException(nameof(transactions))),
            weightedScore,
            ValueList<PaidLine>.From(paidLines),
            ValueList<TransactionReversal>.From(reversals),
            ValueList<StatementAdjustment>.From(adjustments)));
    }

    /// <summary>The same sources with <paramref name="transaction"/> added, replacing any transaction with its id.</summary>
    public StatementSources WithTransaction(CreditTransaction transaction) => new(
        Plan,
        Quota,
        Period,
        Sorted(Transactions.Where(t => t.Id != transaction.Id).Concat(new[] { transaction })),
        WeightedScore,
        PaidLines,
        Reversals,
        Adjustments);

    private static ValueList<CreditTransaction> Sorted(IEnumerable<CreditTransaction> transactions)
    {
        var sorted = transactions.OrderBy(t => t.Date).ThenBy(t => t.Sequence).ThenBy(t => t.Id, StringComparer.Ordinal).ToArray();
        var duplicate = sorted.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException("Transaction " + duplicate.Key + " is credited twice to one statement.", nameof(transactions));
        }

        return ValueList<CreditTransaction>.From(sorted);
    }
}
