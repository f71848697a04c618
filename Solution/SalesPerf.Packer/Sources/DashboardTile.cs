using System;
using SalesPerf.Packer.Writers;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>One tile of a dashboard: a sub-grid over a generated view of a table, drawn as a chart when <see cref="Chart"/> is set.</summary>
public sealed record DashboardTile
{
    public required Label Label { get; init; }

    /// <summary>The logical name of the table the tile lists.</summary>
    public required string Table { get; init; }

    /// <summary>Which generated view of the table (its id is <see cref="ViewWriter.ViewId"/>).</summary>
    public required ViewKind View { get; init; }

    /// <summary>The chart of the same table the tile draws, or null for a grid.</summary>
    public Guid? Chart { get; init; }
}
