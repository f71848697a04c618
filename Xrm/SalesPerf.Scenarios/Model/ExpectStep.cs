using System.Collections.Generic;

namespace SalesPerf.Scenarios.Model;

/// <summary>
/// <c>expect</c> (extension): the row named by <see cref="Row"/> has <see cref="Values"/>; with <see cref="Count"/>, the
/// number of rows matching <c>where</c> is that count (and every matching row has the values).
/// </summary>
public sealed record ExpectStep(int Number, string Path, RowSelector Row, IReadOnlyDictionary<string, object?> Values, int? Count)
    : ScenarioStep(Number, Path, "expect", null)
{
    public override string Describe() => Count is int count ? $"expect {count} × {Row}" : $"expect {Row}";
}
