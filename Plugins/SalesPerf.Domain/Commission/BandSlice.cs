namespace SalesPerf.Domain.Commission;

/// <summary>
/// The part of a line paid in one tier. Marginal: <see cref="Amount"/> is the slice of credit inside the band.
/// Retroactive: it is the whole amount tiered (the running total, or the transaction alone). <see cref="Commission"/>
/// is <c>Amount × RatePercent ÷ 100</c>, not yet rounded (a line is rounded once, as a whole).
/// </summary>
public readonly record struct BandSlice(CommissionTier Tier, decimal Amount, decimal RatePercent, decimal PlanRatePercent)
{
    public decimal Commission => Amount * RatePercent / 100m;

    /// <summary>The accelerator gate held this band below its plan rate.</summary>
    public bool IsGated => RatePercent < PlanRatePercent;
}
