using System;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>One site-map entry: it opens a table's views (<see cref="Table"/>) or a dashboard (<see cref="Dashboard"/>), never both.</summary>
public sealed record SiteMapSubArea
{
    /// <summary>Unique within the site map; letters, digits and '_' only (SiteMapType.xsd CRM_Identifier_SiteMap).</summary>
    public required string Id { get; init; }

    public required Label Title { get; init; }
    public string? Table { get; init; }
    public Guid? Dashboard { get; init; }
}
