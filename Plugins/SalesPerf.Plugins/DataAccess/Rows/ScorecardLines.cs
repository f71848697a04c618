using System;
using System.Collections.Generic;
using SalesPerf.Domain.Scorecards;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>One <c>spm_scorecard</c> with its stored weighted score and the weight and score of each active target on it.</summary>
public sealed record ScorecardLines(Guid Id, decimal? StoredWeightedScore, IReadOnlyList<ScoreLine> Lines);
