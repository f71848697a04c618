using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SalesPerf.SolutionModel;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>Reads Solution/Charts/*.json and checks each chart against the table metadata (docs/solution-source.md "Charts").</summary>
public static class ChartSource
{
    public const string Folder = "Charts";

    public static readonly IReadOnlyList<string> ChartTypes = ["Column", "Bar", "Line", "Pie", "Funnel", "Area"];

    /// <summary>The aggregates of Fetch.xsd's AggregateType.</summary>
    public static readonly IReadOnlyList<string> Aggregates = ["count", "countcolumn", "sum", "avg", "min", "max"];

    private static readonly ColumnType[] NumericTypes = [ColumnType.Integer, ColumnType.BigInt, ColumnType.Decimal, ColumnType.Double, ColumnType.Money];
    private static readonly ColumnType[] UngroupableTypes = [ColumnType.PrimaryKey, ColumnType.Memo, ColumnType.MultiChoice];

    /// <exception cref="PackException">A chart file is malformed or names a table or column the metadata does not have.</exception>
    public static IReadOnlyList<ChartDefinition> Load(string solutionFolder, SolutionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var charts = AppModuleJson.ReadFolder(solutionFolder, Folder).Select(file => Read(file.Root, file.Where, metadata)).ToList();
        foreach (var duplicate in charts.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            throw new PackException($"{SolutionSource.Folder}/{Folder}: the chart id {duplicate.Key} is used {duplicate.Count()} times; each chart needs its own id.");
        }

        foreach (var table in charts.Where(c => c.IsDefault).GroupBy(c => c.Table, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new PackException($"{SolutionSource.Folder}/{Folder}: {table.Count()} charts of {table.Key} are marked isDefault; a table has at most one default chart.");
        }

        return charts.OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Id).ToList().AsReadOnly();
    }

    private static ChartDefinition Read(JsonElement item, string where, SolutionMetadata metadata)
    {
        var tableName = AppModuleJson.RequiredString(item, "table", where);
        if (!metadata.TryGetTable(tableName, out var table) || !table.IsCustom)
        {
            throw new PackException($"{where}: 'table' names {tableName}, which is not a table of the solution (Solution/Tables).");
        }

        var chartType = AppModuleJson.RequiredString(item, "chartType", where);
        if (!ChartTypes.Contains(chartType, StringComparer.Ordinal))
        {
            throw new PackException($"{where}: 'chartType' is '{chartType}'; use one of {string.Join(", ", ChartTypes)}.");
        }

        var aggregate = AppModuleJson.RequiredString(item, "aggregate", where);
        if (!Aggregates.Contains(aggregate, StringComparer.Ordinal))
        {
            throw new PackException($"{where}: 'aggregate' is '{aggregate}'; use one of {string.Join(", ", Aggregates)} (Fetch.xsd AggregateType).");
        }

        var groupBy = Column(table, AppModuleJson.RequiredString(item, "groupBy", where), "groupBy", where);
        if (UngroupableTypes.Contains(groupBy.Type))
        {
            throw new PackException($"{where}: 'groupBy' names {table.LogicalName}.{groupBy.LogicalName}, a {groupBy.Type} column, which a chart cannot group by.");
        }

        var measure = Column(table, AppModuleJson.RequiredString(item, "measure", where), "measure", where);
        if (aggregate is "sum" or "avg" or "min" or "max" && !NumericTypes.Contains(measure.Type))
        {
            throw new PackException($"{where}: '{aggregate}' needs a number or money column, but 'measure' names {table.LogicalName}.{measure.LogicalName}, a {measure.Type} column.");
        }

        return new ChartDefinition
        {
            Id = AppModuleJson.RequiredGuid(item, "id", where),
            Table = table.LogicalName,
            Name = AppModuleJson.RequiredLabel(item, "name", where),
            Description = AppModuleJson.OptionalLabel(item, "description", where),
            ChartType = chartType,
            GroupBy = groupBy.LogicalName,
            Aggregate = aggregate,
            Measure = measure.LogicalName,
            IsDefault = AppModuleJson.OptionalBool(item, "isDefault", where),
        };
    }

    private static ColumnDefinition Column(TableDefinition table, string name, string property, string where) =>
        table.FindColumn(name) is { IsBaseCurrencyCompanion: false } column
            ? column
            : throw new PackException($"{where}: '{property}' names the column {table.LogicalName}.{name}, which the table does not have.");
}
