using System;
using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>One dashboard of Solution/Dashboards/*.json (solution-format 8): a system form of type dashboard.</summary>
public sealed record DashboardDefinition
{
    /// <summary>The FormId: fixed in the source, so a re-import updates the dashboard.</summary>
    public required Guid Id { get; init; }

    public required Label Name { get; init; }
    public Label? Description { get; init; }

    /// <summary>The tiles in reading order: two per row.</summary>
    public required IReadOnlyList<DashboardTile> Tiles { get; init; }
}
