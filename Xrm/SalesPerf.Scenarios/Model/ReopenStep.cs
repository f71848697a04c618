namespace SalesPerf.Scenarios.Model;

/// <summary><c>reopen</c>: SetState of a closed opportunity back to Open (state 0) with <see cref="Status"/> (default 1 In Progress).</summary>
public sealed record ReopenStep(int Number, string Path, string? As, RowSelector Row, int Status)
    : ScenarioStep(Number, Path, "reopen", As)
{
    public override string Describe() => $"reopen {Row}";
}
