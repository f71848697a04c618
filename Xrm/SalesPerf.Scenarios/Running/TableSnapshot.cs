using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Scenarios.Running;

/// <summary>Every column of every row of every table, to prove that a faulted step changed nothing.</summary>
internal sealed class TableSnapshot
{
    private readonly Dictionary<string, Dictionary<Guid, SortedDictionary<string, string>>> _tables;

    private TableSnapshot(Dictionary<string, Dictionary<Guid, SortedDictionary<string, string>>> tables) => _tables = tables;

    public static TableSnapshot Take(Func<string, IReadOnlyList<Entity>> rows, IEnumerable<string> tables) => new(tables.ToDictionary(
        table => table,
        table => rows(table).ToDictionary(
            row => row.Id,
            row => new SortedDictionary<string, string>(row.Attributes.ToDictionary(a => a.Key, a => ValueText.Of(a.Value)), StringComparer.Ordinal)),
        StringComparer.Ordinal));

    /// <summary>The first difference from <paramref name="later"/>, in words; null when every row is unchanged.</summary>
    public string? FirstDifference(TableSnapshot later)
    {
        foreach (var (table, rows) in _tables)
        {
            var after = later._tables.GetValueOrDefault(table) ?? [];
            foreach (var (id, columns) in rows)
            {
                if (!after.TryGetValue(id, out var now))
                {
                    return $"{table} {id} was deleted";
                }

                var changed = columns.Keys.Union(now.Keys).FirstOrDefault(c => columns.GetValueOrDefault(c) != now.GetValueOrDefault(c));
                if (changed is not null)
                {
                    return $"{table} {id}: {changed} changed from {columns.GetValueOrDefault(changed) ?? "null"} to {now.GetValueOrDefault(changed) ?? "null"}";
                }
            }

            var added = after.Keys.FirstOrDefault(id => !rows.ContainsKey(id));
            if (added != Guid.Empty)
            {
                return $"{table} {added} was created";
            }
        }

        return null;
    }
}
