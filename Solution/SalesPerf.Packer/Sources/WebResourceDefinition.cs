using System;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>One web resource of WebResources/webresources.json with its file bytes (solution-format 10).</summary>
public sealed record WebResourceDefinition
{
    /// <summary>The WebResourceType of an HTML page, the only kind a site-map sub-area opens.</summary>
    public const int HtmlType = 1;

    /// <summary>The Dataverse name and the path under WebResources/, e.g. <c>spm_/shared/page.css</c>.</summary>
    public required string Name { get; init; }

    /// <summary>WebResourceType: 1 HTML, 2 CSS, 3 JScript (solution-format 10).</summary>
    public required int Type { get; init; }

    public required Label DisplayName { get; init; }
    public Label? Description { get; init; }

    /// <summary>The id from webresources.json, else derived from the name (<see cref="WebResourceSource.DeriveId"/>).</summary>
    public required Guid Id { get; init; }

    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The name without '/' and '.', the stem of the zip entry (solution-format 1.1).</summary>
    public string FileStem => Name.Replace("/", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

    /// <summary><c>WebResources/&lt;stem&gt;&lt;ID UPPER&gt;</c>, without the leading slash that FileName carries.</summary>
    public string EntryName => EntryNameFor(Name, Id);

    public static string EntryNameFor(string name, Guid id)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "WebResources/" + name.Replace("/", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
            + Packaging.ExportXml.Upper(id);
    }
}
