using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Domain.Commission;

/// <summary>
/// A plan's tiers in currency for one quota, with the accelerator gate applied: percent bounds become
/// <c>bound × quota ÷ 100</c>, so slices are exact currency amounts. When gated, every tier above the one containing
/// the quota (100 % attainment) pays at most that tier's rate; with no tier containing it, the highest tier below it
/// sets the ceiling, and with none below, the ceiling is 0.
/// </summary>
internal sealed class TierSchedule
{
    private readonly Band[] _bands;

    private TierSchedule(Band[] bands) => _bands = bands;

    public static TierSchedule For(CommissionPlan plan, decimal quota, bool gated)
    {
        var bands = plan.Tiers.Select(t => new Band(t, ToMoney(plan.TierBasis, t.Lower, quota), ToMoney(plan.TierBasis, t.Upper, quota), t.RatePercent)).ToArray();
        if (!gated)
        {
            return new TierSchedule(bands);
        }

        var atQuota = bands.Where(b => b.Contains(quota)).Select(b => (decimal?)b.Rate).FirstOrDefault()
            ?? bands.Where(b => b.Upper <= quota).OrderByDescending(b => b.Lower).Select(b => (decimal?)b.Rate).FirstOrDefault()
            ?? 0m;
        return new TierSchedule(bands.Select(b => b.Lower > quota && b.Rate > atQuota ? b with { Rate = atQuota } : b).ToArray());
    }

    /// <summary>The slices of <c>[from, to)</c> in each band, lowest first; bands it misses are left out.</summary>
    public IReadOnlyList<BandSlice> Marginal(decimal from, decimal to)
    {
        var slices = new List<BandSlice>();
        foreach (var band in _bands)
        {
            var start = from > band.Lower ? from : band.Lower;
            var end = band.Upper.HasValue && band.Upper.Value < to ? band.Upper.Value : to;
            if (end > start)
            {
                slices.Add(new BandSlice(band.Tier, end - start, band.Rate, band.Tier.RatePercent));
            }
        }

        return slices;
    }

    /// <summary>The whole <paramref name="amount"/> at the rate of the band containing it; null when it is in no band.</summary>
    public BandSlice? Retroactive(decimal amount)
    {
        foreach (var band in _bands.Where(b => b.Contains(amount)))
        {
            return new BandSlice(band.Tier, amount, band.Rate, band.Tier.RatePercent);
        }

        return null;
    }

    private static decimal ToMoney(TierBasis basis, decimal bound, decimal quota) =>
        basis == TierBasis.AttainmentPercent ? bound * quota / 100m : bound;

    private static decimal? ToMoney(TierBasis basis, decimal? bound, decimal quota) =>
        bound.HasValue ? ToMoney(basis, bound.Value, quota) : null;

    private readonly record struct Band(CommissionTier Tier, decimal Lower, decimal? Upper, decimal Rate)
    {
        public bool Contains(decimal value) => value >= Lower && (!Upper.HasValue || value < Upper.Value);
    }
}
