using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Domain.Scorecards;

/// <summary>
/// Standard competition ranking ("1224") on weighted score, highest first, within each business unit and period:
/// equal scores share a rank and the next rank skips (106, 98, 98, 90 → 1, 2, 2, 4). A scorecard without a score
/// gets no rank. Output order is deterministic: business unit, period, rank, then scorecard key (ordinal), with
/// unranked scorecards last in their group; the key only orders ties for display and never changes a rank.
/// </summary>
public static class ScorecardRanking
{
    public static IReadOnlyList<RankedScorecard> Rank(IEnumerable<RankCandidate> candidates)
    {
        var result = new List<RankedScorecard>();
        var groups = (candidates ?? throw new ArgumentNullException(nameof(candidates)))
            .GroupBy(c => new { c.BusinessUnitKey, c.PeriodKey })
            .OrderBy(g => g.Key.BusinessUnitKey, StringComparer.Ordinal)
            .ThenBy(g => g.Key.PeriodKey, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var ordered = group
                .OrderBy(c => c.WeightedScore.HasValue ? 0 : 1)
                .ThenByDescending(c => c.WeightedScore ?? 0m)
                .ThenBy(c => c.ScorecardKey, StringComparer.Ordinal)
                .ToArray();
            for (var i = 0; i < ordered.Length; i++)
            {
                var c = ordered[i];
                int? rank = null;
                if (c.WeightedScore.HasValue)
                {
                    rank = i > 0 && ordered[i - 1].WeightedScore == c.WeightedScore ? result[result.Count - 1].Rank : i + 1;
                }

                result.Add(new RankedScorecard(c.ScorecardKey, c.BusinessUnitKey, c.PeriodKey, c.WeightedScore, rank));
            }
        }

        return result;
    }
}
