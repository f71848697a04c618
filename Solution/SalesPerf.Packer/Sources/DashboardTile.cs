using System;
using SalesPerf.Packer.Writers;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// One tile of a dashboard: a sub-grid over a view of a table (a generated one, or a custom view of Solution/Views),
/// drawn as a chart when <see cref="Chart"/> is set; or an HTML web resource of the solution (<see cref="Page"/>).
/// </summary>
public sealed record DashboardTile
{
    public required Label Label { get; init; }

    /// <summary>The logical name of the table the tile lists; empty for a web resource tile.</summary>
    public required string Table { get; init; }

    /// <summary>The HTML web resource the tile shows instead of a table (e.g. the scorecard page); null for a grid or chart.</summary>
    public WebResourceDefinition? Page { get; init; }

    /// <summary>Which generated view of the table (its id is <see cref="ViewWriter.ViewId"/>); null when <see cref="CustomView"/> is set.</summary>
    public ViewKind? View { get; init; }

    /// <summary>The id of a custom view of the same table in Solution/Views; null when <see cref="View"/> is set.</summary>
    public Guid? CustomView { get; init; }

    /// <summary>The chart of the same table the tile draws, or null for a grid.</summary>
    public Guid? Chart { get; init; }

    /// <summary>The savedqueryid the tile shows.</summary>
    public Guid ViewId(TableDefinition table) =>
        CustomView ?? ViewWriter.ViewId(table, View ?? throw new InvalidOperationException($"Tile '{Label.English}' names no view."));
}
