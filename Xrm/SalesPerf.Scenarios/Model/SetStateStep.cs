namespace SalesPerf.Scenarios.Model;

/// <summary><c>setstate</c>: SetState with EntityMoniker, State and Status (−1 when absent: the state's default status).</summary>
public sealed record SetStateStep(int Number, string Path, string? As, RowSelector Row, int State, int Status)
    : ScenarioStep(Number, Path, "setstate", As)
{
    public override string Describe() => $"setstate {Row} {State}/{Status}";
}
