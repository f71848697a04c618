namespace SalesPerf.Plugins.StaleNumbers;

/// <summary>
/// How much a configuration change recomputes in its own transaction. Recomputing N targets costs about N + 10 service
/// calls (one query for the targets, one aggregate per source and filter, one Update per changed target, parents with
/// their children, scorecards, one Update per changed scorecard), so 50 targets stay near 120 calls: about a second at
/// 10 ms a call, far below the platform's 2-minute limit. Past the bound the rows are marked instead (one Update per
/// target and per scorecard) and recomputed by <c>spm_Recalculate</c> or by the next event that touches them.
/// </summary>
public static class StaleBudget
{
    /// <summary>At most this many active targets are recomputed inline; one more and every affected row is marked.</summary>
    public const int MaxInlineTargets = 50;

    /// <summary>At most this many plan assignments of a changed period have their Open statement recomputed inline.</summary>
    public const int MaxInlineAssignments = 10;

    /// <summary>The reason column's length (<c>spm_recalculationreason</c>, String 1000).</summary>
    public const int ReasonLength = 1000;
}
