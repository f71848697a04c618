namespace SalesPerf.Domain.Scorecards;

/// <summary><c>spm_rank</c> of one scorecard; null when it has no weighted score.</summary>
public readonly record struct RankedScorecard(string ScorecardKey, string BusinessUnitKey, string PeriodKey, decimal? WeightedScore, int? Rank);
