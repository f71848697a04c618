using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Scorecards;

/// <summary><c>spm_weightedscore</c> (domain.md §4).</summary>
public static class WeightedScore
{
    /// <summary>
    /// Σ weight × score ÷ Σ weight over the lines that have a score, so the weights renormalise when a KPI has
    /// no value; rounded to 2 decimals with <see cref="CurrencyRounding"/>. Null when no line has both a score and
    /// a positive weight. Hunter example: 50·120 + 20·80 + 15·80 + 15·120 over 100 = 106.
    /// </summary>
    public static decimal? Compute(IEnumerable<ScoreLine> lines)
    {
        var scored = (lines ?? throw new ArgumentNullException(nameof(lines))).Where(l => l.Score.HasValue).ToArray();
        var totalWeight = scored.Sum(l => l.Weight);
        if (totalWeight == 0m)
        {
            return null;
        }

        return CurrencyRounding.Round(scored.Sum(l => l.Weight * l.Score!.Value) / totalWeight);
    }
}
