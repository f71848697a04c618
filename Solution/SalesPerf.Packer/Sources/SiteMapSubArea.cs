using System;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// One site-map entry: it opens a table's views (<see cref="Table"/>), a dashboard (<see cref="Dashboard"/>) or an HTML
/// web resource of the solution (<see cref="WebResource"/>), exactly one of them.
/// </summary>
public sealed record SiteMapSubArea
{
    /// <summary>Unique within the site map; letters, digits and '_' only (SiteMapType.xsd CRM_Identifier_SiteMap).</summary>
    public required string Id { get; init; }

    public required Label Title { get; init; }
    public string? Table { get; init; }

    /// <summary>With <see cref="Table"/>: the custom view of Solution/Views the sub-area opens instead of the table's default view.</summary>
    public Guid? View { get; init; }
    public Guid? Dashboard { get; init; }

    /// <summary>The name of an HTML web resource of WebResources/webresources.json, e.g. <c>spm_/setup/setup.html</c>.</summary>
    public string? WebResource { get; init; }
}
