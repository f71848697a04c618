using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>A titled group of sub-areas inside a site-map area.</summary>
public sealed record SiteMapGroup
{
    public required string Id { get; init; }
    public required Label Title { get; init; }
    public required IReadOnlyList<SiteMapSubArea> SubAreas { get; init; }
}
