using System;
using System.Collections.Generic;

namespace SalesPerf.LocalOrg.Query;

/// <summary>
/// What the query engine read from the store: every row it examined (handed to a filter or a join) and, per table, how
/// many times it read the whole table. Deterministic, so tests assert that a query's cost follows the rows it touches.
/// </summary>
public sealed class QueryStatistics
{
    private readonly Dictionary<string, long> _scans = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _scannedRows = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rows read from the store by queries: whole tables scanned plus rows found through an index.</summary>
    public long RowsExamined { get; private set; }

    /// <summary>Rows found through an index (part of <see cref="RowsExamined"/>).</summary>
    public long IndexedRows { get; private set; }

    /// <summary>Whole-table reads per table.</summary>
    public IReadOnlyDictionary<string, long> TableScans => _scans;

    /// <summary>Rows read by whole-table reads, per table.</summary>
    public IReadOnlyDictionary<string, long> ScannedRows => _scannedRows;

    public long TotalTableScans { get; private set; }

    public void Reset()
    {
        _scans.Clear();
        _scannedRows.Clear();
        RowsExamined = 0;
        IndexedRows = 0;
        TotalTableScans = 0;
    }

    internal void Scanned(string table, int rows)
    {
        _scans[table] = _scans.GetValueOrDefault(table) + 1;
        _scannedRows[table] = _scannedRows.GetValueOrDefault(table) + rows;
        TotalTableScans++;
        RowsExamined += rows;
    }

    internal void Indexed(int rows)
    {
        IndexedRows += rows;
        RowsExamined += rows;
    }
}
