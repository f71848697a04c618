using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SalesPerf.Packer.Writers;
using SalesPerf.SolutionModel;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// Reads Solution/Views/*.json, the custom public views (docs/solution-source.md "Views"), and checks every column,
/// operator and value against the table metadata, so a view that would fail at import or list the wrong rows stops the pack.
/// </summary>
public static class ViewSource
{
    public const string Folder = "Views";

    public const int MinWidth = 25;
    public const int MaxWidth = 1000;

    private static readonly string[] ViewProperties = ["id", "table", "name", "description", "columns", "filter", "anyOf", "links", "order"];
    private static readonly string[] LinkProperties = ["lookup", "alias", "filter"];

    /// <exception cref="PackException">A view file is malformed or names a table, column, operator or value the metadata does not have.</exception>
    public static IReadOnlyList<ViewDefinition> Load(string solutionFolder, SolutionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var views = AppModuleJson.ReadFolder(solutionFolder, Folder).Select(file => Read(file.Root, file.Where, metadata)).ToList();
        foreach (var duplicate in views.GroupBy(v => v.Id).Where(g => g.Count() > 1))
        {
            throw new PackException($"{SolutionSource.Folder}/{Folder}: the view id {duplicate.Key} is used {duplicate.Count()} times; each view needs its own id.");
        }

        foreach (var view in views)
        {
            var generated = Enum.GetValues<ViewKind>().Any(kind => ViewWriter.ViewId(metadata.Table(view.Table), kind) == view.Id);
            if (generated)
            {
                throw new PackException($"{SolutionSource.Folder}/{Folder}: the view id {view.Id} is the id of a generated view of {view.Table}; give the custom view its own id.");
            }
        }

        return views.OrderBy(v => v.Table, StringComparer.Ordinal).ThenBy(v => v.Id).ToList().AsReadOnly();
    }

    private static ViewDefinition Read(JsonElement item, string where, SolutionMetadata metadata)
    {
        RejectUnknown(item, ViewProperties, where);
        var tableName = AppModuleJson.RequiredString(item, "table", where);
        if (!metadata.TryGetTable(tableName, out var table) || !table.IsCustom)
        {
            throw new PackException($"{where}: 'table' names {tableName}, which is not a table of the solution (Solution/Tables).");
        }

        var columns = AppModuleJson.Array(item, "columns", where, required: true)
            .Select((column, index) => Column(column, $"{where}, column {index + 1}", table))
            .ToList();
        foreach (var duplicate in columns.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new PackException($"{where}: the column {table.LogicalName}.{duplicate.Key} is listed {duplicate.Count()} times.");
        }

        var conditions = Conditions(item, where, table);
        var anyOf = AppModuleJson.Array(item, "anyOf", where, required: false)
            .Select((condition, index) => ViewConditionReader.Read(condition, $"{where}, anyOf {index + 1}", table))
            .ToList();
        if (anyOf.Count == 1)
        {
            throw new PackException($"{where}: 'anyOf' needs at least two conditions (one condition belongs in 'filter').");
        }

        var links = AppModuleJson.Array(item, "links", where, required: false)
            .Select((link, index) => Link(link, $"{where}, link {index + 1}", table, metadata))
            .ToList();
        foreach (var duplicate in links.GroupBy(l => l.Alias, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new PackException($"{where}: the link alias '{duplicate.Key}' is used {duplicate.Count()} times.");
        }

        var orders = AppModuleJson.Array(item, "order", where, required: false)
            .Select((order, index) => Order(order, $"{where}, order {index + 1}", table))
            .ToList();
        return new ViewDefinition
        {
            Id = AppModuleJson.RequiredGuid(item, "id", where),
            Table = table.LogicalName,
            Name = AppModuleJson.RequiredLabel(item, "name", where),
            Description = AppModuleJson.OptionalLabel(item, "description", where),
            Columns = columns.AsReadOnly(),
            Conditions = conditions,
            AnyOf = anyOf.AsReadOnly(),
            Links = links.AsReadOnly(),
            Orders = orders.AsReadOnly(),
        };
    }

    private static ViewColumn Column(JsonElement item, string where, TableDefinition table)
    {
        RejectUnknown(item, ["name", "width"], where);
        var column = ColumnOf(table, AppModuleJson.RequiredString(item, "name", where), "name", where);
        if (!item.TryGetProperty("width", out var width) || !width.TryGetInt32(out var pixels) || pixels is < MinWidth or > MaxWidth)
        {
            throw new PackException($"{where}: 'width' is required: a whole number of pixels from {MinWidth} to {MaxWidth}.");
        }

        return new ViewColumn(column.LogicalName, pixels);
    }

    private static ViewLink Link(JsonElement item, string where, TableDefinition table, SolutionMetadata metadata)
    {
        RejectUnknown(item, LinkProperties, where);
        var lookup = ColumnOf(table, AppModuleJson.RequiredString(item, "lookup", where), "lookup", where);
        if (lookup.Type != ColumnType.Lookup || lookup.Targets.Count != 1 || !metadata.TryGetTable(lookup.Targets[0], out var related))
        {
            throw new PackException($"{where}: 'lookup' names {table.LogicalName}.{lookup.LogicalName}, which is not a lookup to one table of the source.");
        }

        var alias = AppModuleJson.RequiredString(item, "alias", where);
        if (!alias.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') || !char.IsAsciiLetterLower(alias[0]))
        {
            throw new PackException($"{where}: 'alias' is '{alias}'; use lower-case letters, digits and '_', starting with a letter.");
        }

        var conditions = Conditions(item, where, related);
        if (conditions.Count == 0)
        {
            throw new PackException($"{where}: a link needs a non-empty 'filter'; a join that filters nothing only repeats rows.");
        }

        return new ViewLink(lookup.LogicalName, related.LogicalName, related.PrimaryIdAttribute, alias, conditions);
    }

    private static ViewOrder Order(JsonElement item, string where, TableDefinition table)
    {
        RejectUnknown(item, ["column", "descending"], where);
        var column = ColumnOf(table, AppModuleJson.RequiredString(item, "column", where), "column", where);
        return new ViewOrder(column.LogicalName, AppModuleJson.OptionalBool(item, "descending", where));
    }

    private static IReadOnlyList<ViewCondition> Conditions(JsonElement item, string where, TableDefinition table)
    {
        var conditions = AppModuleJson.Array(item, "filter", where, required: false)
            .Select((condition, index) => ViewConditionReader.Read(condition, $"{where}, filter {index + 1}", table))
            .ToList();
        ViewConditionReader.RequireStatusesOfTheFilteredState(conditions, where, table);
        return conditions.AsReadOnly();
    }

    internal static ColumnDefinition ColumnOf(TableDefinition table, string name, string property, string where) =>
        table.FindColumn(name) is { } column
            ? column
            : throw new PackException($"{where}: '{property}' names the column {table.LogicalName}.{name}, which the table does not have.");

    internal static void RejectUnknown(JsonElement item, IReadOnlyCollection<string> known, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new PackException($"{where}: expected a JSON object.");
        }

        foreach (var property in item.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            throw new PackException($"{where}: unknown property '{property.Name}'; use {string.Join(", ", known)}.");
        }
    }

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
