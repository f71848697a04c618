namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>What one slice did and where the next one starts (null when the run is finished).</summary>
internal sealed record SliceOutcome(int Targets, int Statements, RecalculationCursor? Next, int Remaining)
{
    public static SliceOutcome Finished(int targets, int statements) => new(targets, statements, null, 0);

    public bool IsDone => Next is null;
}
