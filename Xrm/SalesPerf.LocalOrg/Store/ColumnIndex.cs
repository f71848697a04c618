using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// A hash index over one column of one table: the rows holding each key, in creation order. Built once from the table
/// when first asked for, then kept current by every insert, replace, remove and rollback of the store. Rows whose key
/// is null are not indexed (no equality condition or join matches a null).
/// </summary>
internal sealed class ColumnIndex
{
    private readonly Func<Entity, object?> _keyOf;
    private readonly Dictionary<object, SortedDictionary<long, Entity>> _buckets = [];

    public ColumnIndex(Func<Entity, object?> keyOf) => _keyOf = keyOf;

    /// <summary>The rows whose key equals <paramref name="key"/>, oldest first; read-only for the caller.</summary>
    public IEnumerable<KeyValuePair<long, Entity>> Match(object key) =>
        _buckets.TryGetValue(key, out var rows) ? rows : [];

    public int Count(object key) => _buckets.TryGetValue(key, out var rows) ? rows.Count : 0;

    public void Add(long sequence, Entity row)
    {
        if (_keyOf(row) is not { } key)
        {
            return;
        }

        if (!_buckets.TryGetValue(key, out var rows))
        {
            _buckets[key] = rows = [];
        }

        rows[sequence] = row;
    }

    public void Remove(long sequence, Entity row)
    {
        if (_keyOf(row) is { } key && _buckets.TryGetValue(key, out var rows))
        {
            rows.Remove(sequence);
            if (rows.Count == 0)
            {
                _buckets.Remove(key);
            }
        }
    }
}
