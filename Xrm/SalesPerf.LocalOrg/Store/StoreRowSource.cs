using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Query;
using SalesPerf.LocalOrg.Query.Conditions;
using SalesPerf.LocalOrg.Query.Execution;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// The store as the query engine sees it: rows inside the current transaction, metadata, names, and hash indexes on
/// the columns queries filter and join by equality (built on first use, kept current by the store's writes). Every
/// row handed to the engine is counted in <see cref="OrganizationState.QueryStatistics"/>.
/// </summary>
internal sealed class StoreRowSource : IRowSource
{
    private readonly OrganizationState _org;

    public StoreRowSource(OrganizationState org) => _org = org;

    public TableDefinition Table(string logicalName) => _org.Metadata.Table(logicalName);

    public IEnumerable<Entity> Rows(string logicalName)
    {
        _org.Metadata.Table(logicalName);
        var rows = _org.Store.Rows(logicalName);
        var list = rows as ICollection<Entity> ?? [.. rows];
        _org.QueryStatistics.Scanned(logicalName, list.Count);
        return list;
    }

    public IEnumerable<Entity>? RowsWhere(string logicalName, ColumnDefinition column, IReadOnlyCollection<object> keys)
    {
        var table = _org.Metadata.Table(logicalName);
        if (!Indexable(column))
        {
            return null;
        }

        var rows = _org.Store.RowsWithKey(table.LogicalName, "query:" + column.LogicalName, KeyOf(table, column), keys);
        _org.QueryStatistics.Indexed(rows.Count);
        return rows;
    }

    public int? CountWhere(string logicalName, ColumnDefinition column, IReadOnlyCollection<object> keys)
    {
        var table = _org.Metadata.Table(logicalName);
        return Indexable(column) ? _org.Store.CountWithKey(table.LogicalName, "query:" + column.LogicalName, KeyOf(table, column), keys) : null;
    }

    public string? PrimaryName(string logicalName, Guid id) => _org.Reader.PrimaryName(logicalName, id);

    private static Func<Entity, object?> KeyOf(TableDefinition table, ColumnDefinition column) =>
        row => ComparableValue.Key(ComparableValue.FromStored(StoredValue.Read(row, column, table), column));

    /// <summary>
    /// Columns whose equality is exact on their key: ids, lookups, choices and single-line text (its key is upper-cased, as
    /// text compares case-insensitively); not long text, numbers or dates.
    /// </summary>
    internal static bool Indexable(ColumnDefinition column) => column.Type is ColumnType.PrimaryKey or ColumnType.Lookup or ColumnType.String
        or ColumnType.Owner or ColumnType.Customer or ColumnType.UniqueIdentifier or ColumnType.Choice or ColumnType.State
        or ColumnType.Status;
}
