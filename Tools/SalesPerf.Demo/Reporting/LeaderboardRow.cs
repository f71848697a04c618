namespace SalesPerf.Demo.Reporting;

/// <summary>One leaderboard row as the organisation returned it (spm_GetLeaderboard) or stored it (scorecard rank).</summary>
internal sealed record LeaderboardRow(string Name, decimal? Value, int? Rank);
