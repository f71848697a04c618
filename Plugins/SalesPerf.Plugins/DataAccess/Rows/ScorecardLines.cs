using System;
using System.Collections.Generic;
using SalesPerf.Domain.Scorecards;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>
/// One <c>spm_scorecard</c> with its stored weighted score, the weight and score of each active target on it, and whether a
/// configuration change marked it for recalculation (<c>spm_recalculationneeded</c>) and whether one of those targets is
/// still marked (then the weighted score sums a stale score, and the scorecard's mark stays).
/// </summary>
public sealed record ScorecardLines(
    Guid Id, decimal? StoredWeightedScore, IReadOnlyList<ScoreLine> Lines, bool RecalculationNeeded = false, bool TargetStillMarked = false)
{
    /// <summary>The mark goes with this write: the scorecard is marked and none of its active targets is.</summary>
    public bool ClearsMark => RecalculationNeeded && !TargetStillMarked;
}
