using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Domain.Okrs;

/// <summary>
/// An objective's figures from its active key results: progress = Σ(weight × progress) ÷ Σ weight, rounded to 4
/// decimals (midpoint away from zero); empty when it has no key result with a weight above 0. The count decides the
/// key-result status: fewer than <see cref="FewestKeyResults"/> is shown as "Needs key results", never refused.
/// </summary>
public sealed record ObjectiveProgress(decimal? ProgressPercent, int KeyResultCount, ObjectiveKeyResultStatus Status)
{
    public const int FewestKeyResults = 2;

    public const int MostKeyResults = 5;

    public static ObjectiveProgress Of(IReadOnlyCollection<WeightedKeyResult> keyResults)
    {
        if (keyResults is null)
        {
            throw new ArgumentNullException(nameof(keyResults));
        }

        var weighted = keyResults.Where(k => k.Weight > 0m).ToList();
        var totalWeight = weighted.Sum(k => k.Weight);
        decimal? progress = totalWeight > 0m
            ? Math.Round(weighted.Sum(k => k.Weight * k.Progress) / totalWeight, KeyResultProgress.Decimals, MidpointRounding.AwayFromZero)
            : null;
        var status = keyResults.Count < FewestKeyResults ? ObjectiveKeyResultStatus.NeedsKeyResults : ObjectiveKeyResultStatus.Complete;
        return new ObjectiveProgress(progress, keyResults.Count, status);
    }
}
