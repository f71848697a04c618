using System;

namespace SalesPerf.Plugins.Leaderboard;

/// <summary>One row of a leaderboard: the owner, their name, the value ranked (null when none) and the rank (null then too).</summary>
public sealed class LeaderboardEntry
{
    public LeaderboardEntry(Guid owner, string name, decimal? value, int? rank)
    {
        Owner = owner;
        Name = name ?? string.Empty;
        Value = value;
        Rank = rank;
    }

    public Guid Owner { get; }

    public string Name { get; }

    public decimal? Value { get; }

    public int? Rank { get; }
}
