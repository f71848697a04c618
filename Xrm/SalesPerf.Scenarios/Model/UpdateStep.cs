using System.Collections.Generic;

namespace SalesPerf.Scenarios.Model;

/// <summary><c>update</c>: the given columns of one row.</summary>
public sealed record UpdateStep(int Number, string Path, string? As, RowSelector Row, IReadOnlyDictionary<string, object?> Values)
    : ScenarioStep(Number, Path, "update", As)
{
    public override string Describe() => $"update {Row}";
}
