using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using SalesPerf.Scenarios.Running;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Scenarios.Output;

/// <summary>
/// The <c>tables</c> section: every row of every spm_* table with every column that has a value, and the spm_* columns
/// stamped on opportunity, salesorder and invoice; rows in creation order.
/// </summary>
internal sealed class TableDump
{
    public const string Prefix = "spm_";

    /// <summary>The system tables whose spm_* columns the engine stamps (domain.md section 2).</summary>
    public static readonly IReadOnlyList<string> StampedSystemTables = ["opportunity", "salesorder", "invoice"];

    private readonly Func<string, IReadOnlyList<Entity>> _rows;
    private readonly RowKeys _keys;
    private readonly ValueRenderer _renderer;

    public TableDump(Func<string, IReadOnlyList<Entity>> rows, RowKeys keys, ValueRenderer renderer)
    {
        _rows = rows;
        _keys = keys;
        _renderer = renderer;
    }

    public JsonObject Build(ScenarioSchema schema)
    {
        var tables = new JsonObject();
        var custom = schema.Tables.Where(t => t.LogicalName.StartsWith(Prefix, StringComparison.Ordinal)).OrderBy(t => t.LogicalName, StringComparer.Ordinal);
        foreach (var table in custom)
        {
            tables[table.LogicalName] = Rows(table, _ => true);
        }

        foreach (var name in StampedSystemTables)
        {
            if (schema.FindTable(name) is TableDefinition table)
            {
                tables[name] = Rows(table, column => column.StartsWith(Prefix, StringComparison.Ordinal));
            }
        }

        return tables;
    }

    private JsonArray Rows(TableDefinition table, Func<string, bool> include)
    {
        var rows = new JsonArray();
        foreach (var entity in _rows(table.LogicalName))
        {
            var row = new JsonObject { ["id"] = entity.Id.ToString() };
            if (_keys.KeyOf(table.LogicalName, entity.Id) is string key)
            {
                row["key"] = key;
            }

            var declared = table.Columns.Select(c => c.LogicalName).ToList();
            var order = declared.Concat(entity.Attributes.Keys.Except(declared, StringComparer.Ordinal).Order(StringComparer.Ordinal));
            foreach (var column in order)
            {
                if (column == table.PrimaryIdAttribute || !include(column)
                    || !entity.Attributes.TryGetValue(column, out var value) || value is null)
                {
                    continue;
                }

                row[column] = _renderer.Render(value, table.FindColumn(column));
            }

            rows.Add(row);
        }

        return rows;
    }
}
