using System.Collections.Generic;

namespace SalesPerf.Scenarios.Model;

/// <summary><c>create</c>: a new row; <see cref="Key"/> names it for later steps and the output.</summary>
public sealed record CreateStep(int Number, string Path, string? As, string Table, string? Key, IReadOnlyDictionary<string, object?> Values)
    : ScenarioStep(Number, Path, "create", As)
{
    public override string Describe() => $"create {Table}{(Key is null ? "" : " " + Key)}";
}
