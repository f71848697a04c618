namespace SalesPerf.Domain.Scorecards;

/// <summary>A scorecard to rank: ranks are computed within its business unit and period.</summary>
public readonly record struct RankCandidate(string ScorecardKey, string BusinessUnitKey, string PeriodKey, decimal? WeightedScore);
