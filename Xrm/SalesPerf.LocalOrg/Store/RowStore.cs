using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// The rows of every table. Stored <see cref="Entity"/> instances are never mutated once stored: a write replaces
/// the instance, so a transaction's undo log only has to remember the previous instance of each row it touched.
/// </summary>
internal sealed class RowStore
{
    private readonly Dictionary<string, Dictionary<Guid, StoredRow>> _tables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _revisions = new(StringComparer.OrdinalIgnoreCase);
    private List<UndoEntry>? _undo;
    private long _sequence;
    private long _version;

    public bool InTransaction => _undo is not null;

    public void Begin()
    {
        if (_undo is not null)
        {
            throw new InvalidOperationException("A transaction is already open; nested requests join it.");
        }

        _undo = [];
    }

    public void Commit() => _undo = null;

    public void Rollback()
    {
        if (_undo is null)
        {
            return;
        }

        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            var entry = _undo[i];
            Touch(entry.Table);
            var rows = TableRows(entry.Table);
            if (entry.Previous is null)
            {
                rows.Remove(entry.Id);
            }
            else
            {
                rows[entry.Id] = entry.Previous;
            }
        }

        _undo = null;
    }

    public long NextVersion() => ++_version;

    /// <summary>A number that changes whenever a row of the table is written, removed or restored by a rollback.</summary>
    public long Revision(string table) => _revisions.GetValueOrDefault(table);

    public Entity? Find(string table, Guid id) =>
        _tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row.Row : null;

    public bool Exists(string table, Guid id) => Find(table, id) is not null;

    /// <summary>Stored instances in creation order; read-only for the caller.</summary>
    public IEnumerable<Entity> Rows(string table) =>
        _tables.TryGetValue(table, out var rows)
            ? rows.Values.OrderBy(r => r.Sequence).Select(r => r.Row).ToList()
            : [];

    public void Insert(Entity row)
    {
        var rows = TableRows(row.LogicalName);
        Remember(row.LogicalName, row.Id, null);
        rows[row.Id] = new StoredRow(++_sequence, row);
    }

    public void Replace(Entity row)
    {
        var rows = TableRows(row.LogicalName);
        var previous = rows[row.Id];
        Remember(row.LogicalName, row.Id, previous);
        rows[row.Id] = previous with { Row = row };
    }

    public void Remove(string table, Guid id)
    {
        var rows = TableRows(table);
        if (rows.TryGetValue(id, out var previous))
        {
            Remember(table, id, previous);
            rows.Remove(id);
        }
    }

    private void Remember(string table, Guid id, StoredRow? previous)
    {
        Touch(table);
        _undo?.Add(new UndoEntry(table, id, previous));
    }

    private void Touch(string table) => _revisions[table] = _revisions.GetValueOrDefault(table) + 1;

    private Dictionary<Guid, StoredRow> TableRows(string table)
    {
        if (!_tables.TryGetValue(table, out var rows))
        {
            rows = [];
            _tables[table] = rows;
        }

        return rows;
    }

    private sealed record StoredRow(long Sequence, Entity Row);

    private sealed record UndoEntry(string Table, Guid Id, StoredRow? Previous);
}
