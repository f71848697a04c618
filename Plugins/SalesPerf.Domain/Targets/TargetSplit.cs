using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Targets;

/// <summary>
/// Splitting a value into parts: every part but the last is rounded with <see cref="CurrencyRounding"/>, and the
/// last takes the remainder, so the parts always sum exactly to the whole.
/// </summary>
public static class TargetSplit
{
    /// <summary>Equal parts: 100,000 in 12 gives eleven of 8,333.33 and one of 8,333.37.</summary>
    public static IReadOnlyList<decimal> Evenly(decimal total, int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Split into at least one part.");
        }

        return WithRemainderOnLast(total, Enumerable.Repeat(total / count, count).ToArray());
    }

    /// <summary>Parts by seasonal weights (percentages summing to exactly 100, see <see cref="SeasonalWeights.Validate"/>).</summary>
    public static Validated<IReadOnlyList<decimal>> ByWeights(decimal total, IReadOnlyList<decimal> weights)
    {
        if (weights is null)
        {
            throw new ArgumentNullException(nameof(weights));
        }

        // An empty list sums to 0, so it is rejected as SPM-TGT-005.
        var violations = SeasonalWeights.Validate(weights, weights.Count);
        return violations.Count > 0
            ? Validated<IReadOnlyList<decimal>>.Failure(violations)
            : Validated<IReadOnlyList<decimal>>.Success(WithRemainderOnLast(total, weights.Select(w => total * w / 100m).ToArray()));
    }

    private static IReadOnlyList<decimal> WithRemainderOnLast(decimal total, decimal[] exactParts)
    {
        var parts = new decimal[exactParts.Length];
        var allocated = 0m;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            parts[i] = CurrencyRounding.Round(exactParts[i]);
            allocated += parts[i];
        }

        parts[parts.Length - 1] = total - allocated;
        return Array.AsReadOnly(parts);
    }
}
