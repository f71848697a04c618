using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>The outcome of <see cref="PackageChecker.Check(byte[], SalesPerf.SolutionModel.SolutionMetadata?)"/>: passed when there is no failure.</summary>
public sealed record CheckReport(IReadOnlyList<CheckFailure> Failures, IReadOnlyList<string> CheckedRules)
{
    public bool Passed => Failures.Count == 0;

    /// <summary>The zip itself could not be opened (truncated, not a zip); <see cref="Failures"/> holds the one reason.</summary>
    public bool Unreadable { get; init; }

    public override string ToString() => Passed
        ? $"passed ({CheckedRules.Count} rules)"
        : string.Join("\n", Failures.Select(f => f.ToString()));
}
