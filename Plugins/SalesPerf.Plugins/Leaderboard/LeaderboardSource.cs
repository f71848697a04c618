using System;

namespace SalesPerf.Plugins.Leaderboard;

/// <summary>One stored row a leaderboard ranks: a scorecard (overall) or a target (one KPI), with its owner and value.</summary>
public sealed class LeaderboardSource
{
    public LeaderboardSource(Guid recordId, Guid owner, string ownerName, decimal? value)
    {
        RecordId = recordId;
        Owner = owner;
        OwnerName = ownerName ?? string.Empty;
        Value = value;
    }

    public Guid RecordId { get; }

    public Guid Owner { get; }

    public string OwnerName { get; }

    public decimal? Value { get; }
}
