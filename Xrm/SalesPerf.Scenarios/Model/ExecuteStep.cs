using System.Collections.Generic;

namespace SalesPerf.Scenarios.Model;

/// <summary><c>execute</c>: any request by name with converted parameters; its results go to <c>responses</c>.</summary>
public sealed record ExecuteStep(int Number, string Path, string? As, string Request, IReadOnlyDictionary<string, object?> Parameters)
    : ScenarioStep(Number, Path, "execute", As)
{
    public override string Describe() => $"execute {Request}";
}
