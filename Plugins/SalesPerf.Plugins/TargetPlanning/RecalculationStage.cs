namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>What a slice of <c>spm_Recalculate</c> does inside one period, in this order.</summary>
public enum RecalculationStage
{
    /// <summary>The period's active targets (with their parents and scorecards), a page of owners at a time.</summary>
    Targets = 1,

    /// <summary>The Open commission statements of the period's active plan assignments, a page at a time.</summary>
    Statements = 2,

    /// <summary>The <c>spm_rank</c> of the period's scorecards, per business unit, a bounded number of writes at a time.</summary>
    Ranks = 3,
}
