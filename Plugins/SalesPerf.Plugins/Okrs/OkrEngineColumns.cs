using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Okrs;

/// <summary>The columns only the OKR and check-in engine writes, per table (domain rule: computed columns).</summary>
public static class OkrEngineColumns
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByTable = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ObjectiveColumns.EntityName] = ObjectiveColumns.Computed,
        [KeyResultColumns.EntityName] = KeyResultColumns.Computed,
        [CheckInColumns.EntityName] = new[] { CheckInColumns.PrefilledItems },
    };

    public static IReadOnlyList<string> Of(string table) =>
        ByTable.TryGetValue(table, out var columns) ? columns : Array.Empty<string>();

    /// <summary>The first engine-only column among <paramref name="written"/>, or null. None of them has a metadata default.</summary>
    public static string? FirstWritten(string table, IEnumerable<string> written) =>
        written.FirstOrDefault(column => Of(table).Contains(column, StringComparer.Ordinal));
}
