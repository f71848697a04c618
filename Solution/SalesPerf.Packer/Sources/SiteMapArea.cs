using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>One area of the app's site map (the area switcher of a model-driven app).</summary>
public sealed record SiteMapArea
{
    public required string Id { get; init; }
    public required Label Title { get; init; }
    public required IReadOnlyList<SiteMapGroup> Groups { get; init; }
}
