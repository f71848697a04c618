using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Scenarios.Running;

/// <summary>The rows the file named, both ways: key → row for steps, row → key for the output.</summary>
internal sealed class RowKeys
{
    private readonly Dictionary<string, EntityReference> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Table, Guid Id), string> _keys = [];

    public void Add(string key, string table, Guid id)
    {
        _rows[key] = new EntityReference(table, id);
        _keys[(table, id)] = key;
    }

    public EntityReference Row(string key) =>
        _rows.TryGetValue(key, out var row)
            ? new EntityReference(row.LogicalName, row.Id)
            : throw new StepFailedException($"the key '{key}' names no row yet (its create step has not run)");

    public string? KeyOf(string table, Guid id) => _keys.GetValueOrDefault((table, id));
}
