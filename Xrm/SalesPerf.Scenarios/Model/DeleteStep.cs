namespace SalesPerf.Scenarios.Model;

/// <summary><c>delete</c>: one row.</summary>
public sealed record DeleteStep(int Number, string Path, string? As, RowSelector Row)
    : ScenarioStep(Number, Path, "delete", As)
{
    public override string Describe() => $"delete {Row}";
}
