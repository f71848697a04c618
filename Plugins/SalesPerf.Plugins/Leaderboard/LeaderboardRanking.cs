using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesPerf.Domain.Scorecards;

namespace SalesPerf.Plugins.Leaderboard;

/// <summary>
/// Ranks leaderboard rows with the domain's standard competition ranking (<see cref="ScorecardRanking"/>: 106, 98,
/// 98, 90 → 1, 2, 2, 4), highest first, rows without a value last and unranked. Ties are listed by name, then owner
/// id, then record id (ordinal), so the same data always gives the same JSON.
/// </summary>
public static class LeaderboardRanking
{
    private const string Group = "";
    private const char Separator = '\u0001';

    public static IReadOnlyList<LeaderboardEntry> Rank(IEnumerable<LeaderboardSource> sources) => Rank(sources, _ => true);

    /// <summary>Ranks every source, then lists only those <paramref name="shown"/> accepts, each with the rank it has among all.</summary>
    public static IReadOnlyList<LeaderboardEntry> Rank(IEnumerable<LeaderboardSource> sources, Func<LeaderboardSource, bool> shown)
    {
        if (shown is null)
        {
            throw new ArgumentNullException(nameof(shown));
        }

        var byKey = (sources ?? throw new ArgumentNullException(nameof(sources))).ToDictionary(Key, StringComparer.Ordinal);
        return ScorecardRanking.Rank(byKey.Select(pair => new RankCandidate(pair.Key, Group, Group, pair.Value.Value)))
            .Where(ranked => shown(byKey[ranked.ScorecardKey]))
            .Select(ranked =>
            {
                var source = byKey[ranked.ScorecardKey];
                return new LeaderboardEntry(source.Owner, source.OwnerName, source.Value, ranked.Rank);
            })
            .ToList();
    }

    private static string Key(LeaderboardSource source) =>
        source.OwnerName + Separator + source.Owner.ToString("D", CultureInfo.InvariantCulture) + Separator + source.RecordId.ToString("D", CultureInfo.InvariantCulture);
}
