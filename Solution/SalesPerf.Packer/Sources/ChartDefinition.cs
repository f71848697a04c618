using System;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>One system chart of Solution/Charts/*.json: one measure aggregated over one grouping column of one table.</summary>
public sealed record ChartDefinition
{
    /// <summary>The savedqueryvisualizationid: fixed in the source, so a re-import updates the chart.</summary>
    public required Guid Id { get; init; }

    /// <summary>The logical name of the table whose views the chart draws.</summary>
    public required string Table { get; init; }

    public required Label Name { get; init; }
    public Label? Description { get; init; }

    /// <summary>The series type of the chart markup: Column, Bar, Line, Pie, Funnel or Area.</summary>
    public required string ChartType { get; init; }

    /// <summary>The column the chart groups by (the category axis).</summary>
    public required string GroupBy { get; init; }

    /// <summary>The FetchXML aggregate (Fetch.xsd AggregateType): count, countcolumn, sum, avg, min, max.</summary>
    public required string Aggregate { get; init; }

    /// <summary>The aggregated column (the value axis).</summary>
    public required string Measure { get; init; }

    /// <summary>The table's default chart; at most one per table.</summary>
    public bool IsDefault { get; init; }

    public const string GroupByAlias = "groupby_column";
    public const string MeasureAlias = "aggregate_column";
}
