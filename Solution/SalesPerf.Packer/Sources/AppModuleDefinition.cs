using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>The model-driven app of Solution/App/*.json with its site map (solution-format 11, 12).</summary>
public sealed record AppModuleDefinition
{
    /// <summary>The app's unique name, also the site map's unique name (solution-format 11, 12).</summary>
    public required string UniqueName { get; init; }

    public required Label Name { get; init; }
    public Label? Description { get; init; }

    /// <summary>The security roles that see the app (AppModuleRoleMaps).</summary>
    public required IReadOnlyList<Guid> Roles { get; init; }

    /// <summary>Tables in the app without a site-map entry (related rows opened from a form), by logical name.</summary>
    public IReadOnlyList<string> ExtraTables { get; init; } = [];

    public required IReadOnlyList<SiteMapArea> Areas { get; init; }

    public IEnumerable<SiteMapSubArea> SubAreas => Areas.SelectMany(a => a.Groups).SelectMany(g => g.SubAreas);

    /// <summary>Every table of the app: those of the site map, then the extra ones; each once, by logical name.</summary>
    public IReadOnlyList<string> Tables =>
        SubAreas.Select(s => s.Table).OfType<string>().Concat(ExtraTables).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The dashboards the site map opens, each once.</summary>
    public IReadOnlyList<Guid> Dashboards => SubAreas.Select(s => s.Dashboard).OfType<Guid>().Distinct().Order().ToList();
}
