namespace SalesPerf.Scenarios.Model;

/// <summary><c>assign</c>: the Assign message with the row as Target and <see cref="To"/> (a user or team) as Assignee.</summary>
public sealed record AssignStep(int Number, string Path, string? As, RowSelector Row, LookupSpec To)
    : ScenarioStep(Number, Path, "assign", As)
{
    public override string Describe() => $"assign {Row} to {To}";
}
