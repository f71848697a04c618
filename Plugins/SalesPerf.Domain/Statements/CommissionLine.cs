using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// One <c>spm_commissionline</c>. <see cref="CommissionAmount"/> is rounded with the one currency rounding policy and
/// is what the line pays after the payout cap; <see cref="ComputedAmount"/> is the same before the cap.
/// </summary>
public sealed record CommissionLine
{
    internal CommissionLine(
        CommissionLineKind kind,
        string sourceId,
        CalendarDate transactionDate,
        decimal creditAmount,
        decimal splitPercent,
        decimal cumulativeCredit,
        decimal attainmentPercent,
        decimal ratePercent,
        ValueList<BandSlice> slices,
        decimal computedAmount,
        decimal commissionAmount,
        BilingualText trace)
    {
        Kind = kind;
        SourceId = sourceId;
        TransactionDate = transactionDate;
        CreditAmount = creditAmount;
        SplitPercent = splitPercent;
        CumulativeCredit = cumulativeCredit;
        AttainmentPercent = attainmentPercent;
        RatePercent = ratePercent;
        Slices = slices;
        ComputedAmount = computedAmount;
        CommissionAmount = commissionAmount;
        Trace = trace;
    }

    public CommissionLineKind Kind { get; }

    /// <summary>The credited transaction's id (earning, clawback) or the adjustment's id.</summary>
    public string SourceId { get; }

    /// <summary>Earning: the transaction date; clawback: the reversal date; adjustment: its date.</summary>
    public CalendarDate TransactionDate { get; }

    /// <summary>Credit this line adds to the statement (0 on clawback and adjustment lines).</summary>
    public decimal CreditAmount { get; }

    public decimal SplitPercent { get; }

    /// <summary>The statement's running credit after this line.</summary>
    public decimal CumulativeCredit { get; }

    /// <summary>The statement's running attainment after this line (percent of quota, 2 decimals).</summary>
    public decimal AttainmentPercent { get; }

    /// <summary><c>spm_ratepercent</c>: the rate of the highest band the line reached (retroactive: the band of the whole amount); 0 if none.</summary>
    public decimal RatePercent { get; }

    public ValueList<BandSlice> Slices { get; }

    public decimal ComputedAmount { get; }

    /// <summary><c>spm_commissionamount</c>.</summary>
    public decimal CommissionAmount { get; }

    /// <summary><c>spm_trace</c>, in English and Simplified Chinese.</summary>
    public BilingualText Trace { get; }

    public bool IsCapped => CommissionAmount != ComputedAmount;
}
