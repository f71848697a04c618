using System.Collections.Generic;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>The outcome of one check, for tests and the <c>spm</c> CLI alike.</summary>
/// <param name="Name">What was checked, e.g. <c>stand-in conformance (net462)</c>.</param>
/// <param name="Checked">How many items were checked.</param>
/// <param name="CheckedWhat">What the items are, e.g. <c>stand-in lines</c>, <c>plugin references</c>, <c>rules</c>.</param>
/// <param name="Violations">One readable sentence per violation; empty when the check passed.</param>
public sealed record CheckReport(string Name, int Checked, string CheckedWhat, IReadOnlyList<string> Violations)
{
    /// <summary>True when there are no violations.</summary>
    public bool Passed => Violations.Count == 0;

    /// <summary>One line: <c>NAME: N WHAT checked, M violations</c>.</summary>
    public string Summary => $"{Name}: {Checked} {CheckedWhat} checked, {Violations.Count} violation{(Violations.Count == 1 ? string.Empty : "s")}";
}
