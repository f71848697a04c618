using System;
using SalesPerf.Domain.Money;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Commission;

/// <summary>
/// One credited basis transaction for one rep: a won opportunity, a fulfilled order, an order's margin or a payment.
/// <see cref="Credit"/> is the rep's share (<see cref="Amount"/> × <see cref="SplitPercent"/>, or the owner's remainder
/// from <see cref="DealSplits.Allocate"/>). Transactions are processed by <see cref="Date"/>, then <see cref="Sequence"/>
/// (creation order), then <see cref="Id"/>.
/// </summary>
public readonly record struct CreditTransaction
{
    private CreditTransaction(string id, CalendarDate date, long sequence, decimal amount, decimal splitPercent, decimal credit)
    {
        Id = id;
        Date = date;
        Sequence = sequence;
        Amount = amount;
        SplitPercent = splitPercent;
        Credit = credit;
    }

    /// <summary>The source record's id (opportunity, order or payment); unique among one statement's transactions.</summary>
    public string Id { get; }

    public CalendarDate Date { get; }

    public long Sequence { get; }

    /// <summary>The whole transaction's base-currency amount (the deal, the order, the margin, the payment).</summary>
    public decimal Amount { get; }

    public decimal SplitPercent { get; }

    public decimal Credit { get; }

    /// <summary>Credit = <c>amount × splitPercent ÷ 100</c>, rounded with <see cref="CurrencyRounding"/>.</summary>
    public static CreditTransaction Create(string id, CalendarDate date, long sequence, decimal amount, decimal splitPercent = 100m)
    {
        if (splitPercent < 0m || splitPercent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(splitPercent), splitPercent, "Split percent must be 0–100.");
        }

        return Create(id, date, sequence, amount, splitPercent, CurrencyRounding.Round(amount * splitPercent / 100m));
    }

    /// <summary>A rep's share from <see cref="DealSplits.Allocate"/>, whose credits add up to the deal exactly.</summary>
    public static CreditTransaction ForShare(string id, CalendarDate date, long sequence, decimal amount, CreditShare share) =>
        Create(id, date, sequence, amount, share.SplitPercent, share.Credit);

    private static CreditTransaction Create(string id, CalendarDate date, long sequence, decimal amount, decimal splitPercent, decimal credit)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A credit transaction needs the id of its source record.", nameof(id));
        }

        // Reversals are clawbacks or a recomputation without the transaction, never a negative credit.
        if (amount < 0m || credit < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A credited amount cannot be negative.");
        }

        return new CreditTransaction(id, date, sequence, amount, splitPercent, credit);
    }
}
