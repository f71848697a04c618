using System.Collections.Generic;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Commission;

/// <summary>
/// One <c>spm_commissiontier</c>: the band <c>[Lower, Upper)</c> paid at <see cref="RatePercent"/>. An empty upper bound
/// means no limit. Bounds are in the plan's <see cref="TierBasis"/> units (percent of quota, or currency).
/// </summary>
public readonly record struct CommissionTier
{
    private CommissionTier(decimal lower, decimal? upper, decimal ratePercent)
    {
        Lower = lower;
        Upper = upper;
        RatePercent = ratePercent;
    }

    public decimal Lower { get; }

    public decimal? Upper { get; }

    public decimal RatePercent { get; }

    /// <summary>Validated: lower ≥ 0 (SPM-PLN-004), lower &lt; upper (SPM-PLN-002), rate ≥ 0 (SPM-PLN-003).</summary>
    public static Validated<CommissionTier> Create(decimal lower, decimal? upper, decimal ratePercent)
    {
        var violations = new List<RuleViolation>();
        var upperText = upper.HasValue ? (object)upper.Value : string.Empty;
        if (lower < 0m)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.TierLowerNegative, lower, upperText));
        }

        if (upper.HasValue && lower >= upper.Value)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.TierInverted, lower, upperText));
        }

        if (ratePercent < 0m)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.TierRateNegative, lower, upperText, ratePercent));
        }

        return violations.Count == 0
            ? Validated<CommissionTier>.Success(new CommissionTier(lower, upper, ratePercent))
            : Validated<CommissionTier>.Failure(violations);
    }

    /// <summary>Lower bound inclusive, upper bound exclusive.</summary>
    public bool Contains(decimal value) => value >= Lower && (!Upper.HasValue || value < Upper.Value);

    public bool Overlaps(CommissionTier other) =>
        (!other.Upper.HasValue || Lower < other.Upper.Value) && (!Upper.HasValue || other.Lower < Upper.Value);

    /// <summary>"0–150,000", "250,000+", or with percent bounds "50–75 %", "100 %+".</summary>
    public string Describe(TierBasis basis)
    {
        var percent = basis == TierBasis.AttainmentPercent;
        var unit = percent ? " %" : string.Empty;
        return Upper.HasValue
            ? TraceNumbers.Bound(Lower) + "–" + TraceNumbers.Bound(Upper.Value) + unit
            : TraceNumbers.Bound(Lower) + unit + "+";
    }

    public override string ToString() => Describe(TierBasis.Amount) + " @ " + TraceNumbers.Rate(RatePercent);
}
