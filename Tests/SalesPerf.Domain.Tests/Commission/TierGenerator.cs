using System.Collections.Generic;
using CsCheck;
using SalesPerf.Domain.Commission;
using static SalesPerf.Domain.Tests.Commission.CommissionFixture;

namespace SalesPerf.Domain.Tests.Commission;

/// <summary>Random commission bands for property tests.</summary>
internal static class TierGenerator
{
    /// <summary>1–4 bands with optional gaps between them (up to <paramref name="maxGap"/>), widths up to <paramref name="maxWidth"/>, rates 0–20 %, the last one bounded or not.</summary>
    public static Gen<TierDefinition[]> Bands(int maxGap, int maxWidth) =>
        Gen.Select(Gen.Int[0, maxGap], Gen.Int[1, maxWidth], Gen.Int[0, 20]).Array[1, 4].Select(Gen.Bool, (rows, openEnded) =>
        {
            var tiers = new List<TierDefinition>();
            var lower = 0m;
            for (var i = 0; i < rows.Length; i++)
            {
                var (gap, width, rate) = rows[i];
                lower += i == 0 ? 0 : gap;
                var upper = openEnded && i == rows.Length - 1 ? (decimal?)null : lower + width;
                tiers.Add(Tier(lower, upper, rate));
                lower = upper ?? lower;
            }

            return tiers.ToArray();
        });
}
