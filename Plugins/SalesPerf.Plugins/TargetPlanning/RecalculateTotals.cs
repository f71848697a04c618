namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>A whole run of <c>spm_Recalculate</c>: targets and statements recomputed over all its slices, and the slices sent.</summary>
public sealed record RecalculateTotals(int Targets, int Statements, int Slices);
