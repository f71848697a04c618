namespace SalesPerf.Plugins.Attainment;

/// <summary>What one recalculation did: targets recomputed and rows written.</summary>
public sealed record RecalculationResult(int TargetsRecomputed, int TargetsWritten, int ScorecardsWritten)
{
    public static RecalculationResult Nothing { get; } = new(0, 0, 0);
}
