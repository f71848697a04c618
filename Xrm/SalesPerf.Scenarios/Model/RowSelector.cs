using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Scenarios.Model;

/// <summary>How a step names its row: by a key of the file, or by column values that must match exactly one row.</summary>
public sealed record RowSelector(string Table, string? Key, IReadOnlyDictionary<string, object?>? Where)
{
    public override string ToString() =>
        Key is not null ? $"{Table} {Key}" : $"{Table} where {string.Join(", ", (Where ?? new Dictionary<string, object?>()).Select(w => $"{w.Key}={WrittenValue.Text(w.Value)}"))}";
}
