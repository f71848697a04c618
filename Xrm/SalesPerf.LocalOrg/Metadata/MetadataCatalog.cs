using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Metadata;

/// <summary>The organisation's tables, keyed case-insensitively by logical name (section 8.1).</summary>
internal sealed class MetadataCatalog
{
    private readonly Dictionary<string, TableDefinition> _tables;
    private readonly Dictionary<string, Dictionary<string, ColumnDefinition>> _columns;

    public MetadataCatalog(IEnumerable<TableDefinition> tables)
    {
        _tables = new Dictionary<string, TableDefinition>(StringComparer.OrdinalIgnoreCase);
        _columns = new Dictionary<string, Dictionary<string, ColumnDefinition>>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            _tables[table.LogicalName] = table;
            var columns = new Dictionary<string, ColumnDefinition>(StringComparer.OrdinalIgnoreCase);
            foreach (var column in table.Columns)
            {
                columns[column.LogicalName] = column;
            }

            _columns[table.LogicalName] = columns;
        }
    }

    public IEnumerable<TableDefinition> Tables => _tables.Values;

    public TableDefinition Table(string? logicalName) =>
        logicalName is not null && _tables.TryGetValue(logicalName, out var table)
            ? table
            : throw OrganizationFaults.UnknownTable(logicalName ?? "(null)");

    public bool TryTable(string? logicalName, out TableDefinition table)
    {
        if (logicalName is not null && _tables.TryGetValue(logicalName, out var found))
        {
            table = found;
            return true;
        }

        table = null!;
        return false;
    }

    public bool HasTable(string logicalName) => _tables.ContainsKey(logicalName);

    public ColumnDefinition Column(TableDefinition table, string column) =>
        FindColumn(table, column) ?? throw OrganizationFaults.UnknownColumn(table.LogicalName, column);

    public ColumnDefinition? FindColumn(TableDefinition table, string column) =>
        _columns[table.LogicalName].TryGetValue(column, out var definition) ? definition : null;

    public bool HasColumn(string table, string column) =>
        _columns.TryGetValue(table, out var columns) && columns.ContainsKey(column);

    /// <summary>Lookup columns of every table that may point at <paramref name="targetTable"/>.</summary>
    public IEnumerable<(TableDefinition Table, ColumnDefinition Column)> LookupsTo(string targetTable) =>
        from table in _tables.Values
        from column in table.Columns
        where column.Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer
        where column.Targets.Contains(targetTable, StringComparer.OrdinalIgnoreCase)
        select (table, column);
}
