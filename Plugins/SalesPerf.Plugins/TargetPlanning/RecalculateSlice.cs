namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>The response of one <c>spm_Recalculate</c> call: what it did, the next cursor, done, and rows remaining (an estimate).</summary>
public sealed record RecalculateSlice(int Targets, int Statements, string NextCursor, bool IsDone, int Remaining);
