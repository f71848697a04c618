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
    private readonly Dictionary<string, Dictionary<string, ColumnIndex>> _indexes = new(StringComparer.OrdinalIgnoreCase);
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
            if (rows.Remove(entry.Id, out var current))
            {
                Unindex(entry.Table, current);
            }

            if (entry.Previous is not null)
            {
                rows[entry.Id] = entry.Previous;
                Index(entry.Table, entry.Previous);
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

    /// <summary>
    /// The rows of <paramref name="table"/> whose <paramref name="keyOf"/> equals one of <paramref name="keys"/>, oldest first,
    /// from a hash index named <paramref name="indexName"/> (built on first use, then maintained by every write).
    /// One name, one key function: the caller owns the name. A copy: the caller may write while iterating it.
    /// </summary>
    public IReadOnlyList<Entity> RowsWithKey(string table, string indexName, Func<Entity, object?> keyOf, IReadOnlyCollection<object> keys)
    {
        var index = IndexOf(table, indexName, keyOf);
        if (keys.Count == 1)
        {
            return [.. index.Match(keys.First()).Select(p => p.Value)];
        }

        return [.. keys.Distinct().SelectMany(index.Match).OrderBy(p => p.Key).Select(p => p.Value)];
    }

    /// <summary>How many rows <see cref="RowsWithKey"/> would return, without reading them.</summary>
    public int CountWithKey(string table, string indexName, Func<Entity, object?> keyOf, IReadOnlyCollection<object> keys)
    {
        var index = IndexOf(table, indexName, keyOf);
        return keys.Distinct().Sum(index.Count);
    }

    private ColumnIndex IndexOf(string table, string indexName, Func<Entity, object?> keyOf)
    {
        if (!_indexes.TryGetValue(table, out var byName))
        {
            _indexes[table] = byName = new Dictionary<string, ColumnIndex>(StringComparer.OrdinalIgnoreCase);
        }

        if (!byName.TryGetValue(indexName, out var index))
        {
            index = new ColumnIndex(keyOf);
            if (_tables.TryGetValue(table, out var rows))
            {
                foreach (var stored in rows.Values)
                {
                    index.Add(stored.Sequence, stored.Row);
                }
            }

            byName[indexName] = index;
        }

        return index;
    }

    /// <summary>Rows of <paramref name="table"/> whose column (a Guid or a lookup) holds <paramref name="id"/>, oldest first.</summary>
    public IReadOnlyList<Entity> Referencing(string table, string column, Guid id) =>
        RowsWithKey(table, "ref:" + column, row => row.Attributes.TryGetValue(column, out var value) ? value switch
        {
            Guid g => g,
            EntityReference r => r.Id,
            _ => null,
        } : null, [id]);

    public void Insert(Entity row)
    {
        var rows = TableRows(row.LogicalName);
        Remember(row.LogicalName, row.Id, null);
        var stored = new StoredRow(++_sequence, row);
        rows[row.Id] = stored;
        Index(row.LogicalName, stored);
    }

    public void Replace(Entity row)
    {
        var rows = TableRows(row.LogicalName);
        var previous = rows[row.Id];
        Remember(row.LogicalName, row.Id, previous);
        var stored = previous with { Row = row };
        Unindex(row.LogicalName, previous);
        rows[row.Id] = stored;
        Index(row.LogicalName, stored);
    }

    public void Remove(string table, Guid id)
    {
        var rows = TableRows(table);
        if (rows.TryGetValue(id, out var previous))
        {
            Remember(table, id, previous);
            rows.Remove(id);
            Unindex(table, previous);
        }
    }

    private void Index(string table, StoredRow stored)
    {
        if (_indexes.TryGetValue(table, out var byName))
        {
            foreach (var index in byName.Values)
            {
                index.Add(stored.Sequence, stored.Row);
            }
        }
    }

    private void Unindex(string table, StoredRow stored)
    {
        if (_indexes.TryGetValue(table, out var byName))
        {
            foreach (var index in byName.Values)
            {
                index.Remove(stored.Sequence, stored.Row);
            }
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
