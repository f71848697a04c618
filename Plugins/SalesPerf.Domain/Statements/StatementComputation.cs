using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// The computed columns of one <c>spm_commissionstatement</c> and its lines. Totals are sums of the (rounded) lines;
/// <see cref="PayableAmount"/> = earned + clawback + adjustment. Equal sources give an equal value.
/// </summary>
public sealed record StatementComputation
{
    internal StatementComputation(
        ValueList<CommissionLine> lines,
        decimal creditAmount,
        decimal attainmentPercent,
        decimal earnedAmount,
        decimal clawbackAmount,
        decimal adjustmentAmount,
        bool gateApplied,
        bool capReached,
        BilingualText trace)
    {
        Lines = lines;
        CreditAmount = creditAmount;
        AttainmentPercent = attainmentPercent;
        EarnedAmount = earnedAmount;
        ClawbackAmount = clawbackAmount;
        AdjustmentAmount = adjustmentAmount;
        GateApplied = gateApplied;
        CapReached = capReached;
        Trace = trace;
    }

    /// <summary>Earning lines in processing order, then clawback lines, then adjustment lines.</summary>
    public ValueList<CommissionLine> Lines { get; }

    public decimal CreditAmount { get; }

    public decimal AttainmentPercent { get; }

    public decimal EarnedAmount { get; }

    /// <summary>Sum of clawback lines: 0 or negative.</summary>
    public decimal ClawbackAmount { get; }

    public decimal AdjustmentAmount { get; }

    public decimal PayableAmount => EarnedAmount + ClawbackAmount + AdjustmentAmount;

    /// <summary>The plan has an accelerator gate and the weighted score is below it (or missing).</summary>
    public bool GateApplied { get; }

    /// <summary>The payout cap reduced at least one line.</summary>
    public bool CapReached { get; }

    public BilingualText Trace { get; }
}
