using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;
using SalesPerf.Scenarios.Model;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Scenarios.Parsing;

/// <summary>
/// Converts a written value to the SDK type its column stores, by the column's metadata. A value that does not fit
/// is a format error naming the path: never a guess. Lookups stay <see cref="LookupSpec"/>s until their step runs.
/// </summary>
internal sealed class ColumnValueConverter
{
    private readonly ScenarioSchema _schema;
    private readonly KeyCatalog _keys;

    public ColumnValueConverter(ScenarioSchema schema, KeyCatalog keys)
    {
        _schema = schema;
        _keys = keys;
    }

    public TableDefinition Table(JsonCursor at, string logicalName) =>
        _schema.FindTable(logicalName) ?? throw at.Fail($"'{logicalName}' is not a table of the solution");

    /// <summary>An object of column → value (a row, a where, expected values).</summary>
    public IReadOnlyDictionary<string, object?> Row(JsonCursor row, TableDefinition table, string what)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in row.Properties(what))
        {
            var column = table.FindColumn(name) ?? throw value.Fail($"{table.LogicalName} has no column '{name}'");
            values[name] = Convert(value, table, column);
        }

        return values;
    }

    public object? Convert(JsonCursor value, TableDefinition table, ColumnDefinition column)
    {
        if (value.Kind == JsonValueKind.Null)
        {
            return null;
        }

        var subject = $"{column.Type} column {table.LogicalName}.{column.LogicalName}";
        switch (column.Type)
        {
            case ColumnType.String or ColumnType.Memo or ColumnType.EntityName:
                return value.Kind == JsonValueKind.String ? value.Element.GetString() : throw value.Fail($"{value.Text} is not a string for {subject}");
            case ColumnType.Integer:
                return value.Kind == JsonValueKind.Number && value.Element.TryGetInt32(out var integer)
                    ? integer
                    : throw value.Fail($"{value.Text} is not a whole number for {subject}");
            case ColumnType.BigInt:
                return value.Kind == JsonValueKind.Number && value.Element.TryGetInt64(out var big)
                    ? big
                    : throw value.Fail($"{value.Text} is not a whole number for {subject}");
            case ColumnType.Decimal:
                return Number(value, subject);
            case ColumnType.Money:
                return new Money(Number(value, subject));
            case ColumnType.Double:
                return value.Kind == JsonValueKind.Number && value.Element.TryGetDouble(out var real)
                    ? real
                    : throw value.Fail($"{value.Text} is not a number for {subject}");
            case ColumnType.Boolean:
                return value.Kind is JsonValueKind.True or JsonValueKind.False
                    ? value.Element.GetBoolean()
                    : throw value.Fail($"{value.Text} is not true or false for {subject}");
            case ColumnType.DateTime:
                return value.Kind == JsonValueKind.String && DateSyntax.TryParse(value.Element.GetString()!, out var date)
                    ? date
                    : throw value.Fail($"{value.Text} is not a date (YYYY-MM-DD) or an ISO date-time for {subject}");
            case ColumnType.Choice or ColumnType.State or ColumnType.Status:
                return new OptionSetValue(Option(value, column, subject));
            case ColumnType.MultiChoice:
                return new OptionSetValueCollection(value.Items(subject).Select(item => new OptionSetValue(Option(item, column, subject))).ToList());
            case ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer:
                return value.Kind == JsonValueKind.String
                    ? Lookup(value, LookupTargets(column), subject)
                    : throw value.Fail($"{value.Text} is not a lookup (table:key or table[column=value]) for {subject}");
            case ColumnType.PrimaryKey or ColumnType.UniqueIdentifier:
                if (value.Kind == JsonValueKind.String && Guid.TryParse(value.Element.GetString(), out var id))
                {
                    return id;
                }

                return value.Kind == JsonValueKind.String && LookupSyntax.IsLookup(value.Element.GetString()!)
                    ? new RowIdSpec(Lookup(value, [], subject))
                    : throw value.Fail($"{value.Text} is not a GUID for {subject}, nor a row written table:key or table[column=value]");
            default:
                throw value.Fail($"{subject} cannot be written in a scenario");
        }
    }

    /// <summary>A lookup string: <c>table:key</c>, <c>table:GUID</c> or <c>table[column=value]</c>, whose table is one of <paramref name="targets"/> (empty: any table).</summary>
    public LookupSpec Lookup(JsonCursor value, IReadOnlyList<string> targets, string subject)
    {
        var text = value.AsString(subject);
        LookupSpec lookup;
        if (LookupSyntax.TryColumn(text, out var table, out var columnName, out var written))
        {
            var target = Table(value, table);
            var column = target.FindColumn(columnName) ?? throw value.Fail($"{table} has no column '{columnName}' (in {value.Text})");
            if (column.Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer)
            {
                throw value.Fail($"{value.Text}: a lookup by value needs a column that is not itself a lookup");
            }

            var converted = Convert(new JsonCursor(Literal(written, column), value.Path), target, column)
                ?? throw value.Fail($"{value.Text}: the value to look up is empty");
            lookup = new ColumnLookup(table, columnName, converted, written);
        }
        else if (LookupSyntax.TryKey(text, out table, out var key))
        {
            Table(value, table);
            var declared = _keys.TableOf(key);
            if (declared is not null)
            {
                lookup = declared == table
                    ? new KeyLookup(table, key)
                    : throw value.Fail($"the key '{key}' names a {declared}, not a {table}");
            }
            else if (Guid.TryParse(key, out var id))
            {
                lookup = new IdLookup(table, id);
            }
            else
            {
                throw value.Fail($"the key '{key}' is not declared in this file");
            }
        }
        else
        {
            throw value.Fail($"{value.Text} is not a lookup (table:key or table[column=value]) for {subject}");
        }

        return targets.Count == 0 || targets.Contains(lookup.Table, StringComparer.Ordinal)
            ? lookup
            : throw value.Fail($"{value.Text} points to a {lookup.Table}, but {subject} points to {string.Join(" or ", targets)}");
    }

    public static IReadOnlyList<string> LookupTargets(ColumnDefinition column) => column.Targets.Count > 0
        ? column.Targets
        : column.Type switch
        {
            ColumnType.Owner => ["systemuser", "team"],
            ColumnType.Customer => ["account", "contact"],
            _ => [],
        };

    private static decimal Number(JsonCursor value, string subject) =>
        value.Kind == JsonValueKind.Number && value.Element.TryGetDecimal(out var number)
            ? number
            : throw value.Fail($"{value.Text} is not a number for {subject}");

    private static int Option(JsonCursor value, ColumnDefinition column, string subject)
    {
        if (value.Kind != JsonValueKind.Number || !value.Element.TryGetInt32(out var option))
        {
            throw value.Fail($"{value.Text} is not an integer option value for {subject}");
        }

        return column.Options.Count == 0 || column.Options.Any(o => o.Value == option)
            ? option
            : throw value.Fail($"{option} is not an option of {subject} (options: {string.Join(", ", column.Options.Select(o => $"{o.Value} {o.Name}"))})");
    }

    /// <summary>The text inside <c>table[column=value]</c> as the JSON value it stands for: a string for text and dates, else the literal.</summary>
    private static JsonElement Literal(string written, ColumnDefinition column)
    {
        if (column.Type is not (ColumnType.String or ColumnType.Memo or ColumnType.EntityName or ColumnType.DateTime
            or ColumnType.PrimaryKey or ColumnType.UniqueIdentifier))
        {
            try
            {
                return JsonSerializer.Deserialize<JsonElement>(written);
            }
            catch (JsonException)
            {
                // Not a JSON literal: kept as a string so the conversion names what is wrong with it.
            }
        }

        return JsonSerializer.SerializeToElement(written);
    }
}
