using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// <c>WebResources/WebResource</c> in the shape of Apollo-M (solution-format 10, reference/webresources.xml), the raw file
/// as <c>WebResources/&lt;name without '/' and '.'&gt;&lt;ID UPPER&gt;</c>, and a type-61 root component by name.
/// DisplayName and Description are plain strings in the export (no language): the English text is written.
/// </summary>
public sealed class WebResourcesWriter : IComponentWriter
{
    /// <summary>9.2 exports write 0 (8.2 wrote 1033).</summary>
    public const string LanguageCode = "0";

    public string? Section => "WebResources";

    public IEnumerable<XElement> Elements(PackContext context) => context.Input.WebResources.Select(resource => new XElement(
        "WebResource",
        new XElement("WebResourceId", ExportXml.Braced(resource.Id)),
        new XElement("Name", resource.Name),
        new XElement("DisplayName", resource.DisplayName.English),
        resource.Description is null ? null : new XElement("Description", resource.Description.English),
        new XElement("LanguageCode", LanguageCode),
        new XElement("WebResourceType", resource.Type.ToString(CultureInfo.InvariantCulture)),
        new XElement("IntroducedVersion", PackContext.IntroducedVersion),
        new XElement("IsEnabledForMobileClient", "0"),
        new XElement("IsAvailableForMobileOffline", "0"),
        new XElement("IsCustomizable", "1"),
        new XElement("CanBeDeleted", "1"),
        new XElement("IsHidden", "0"),
        new XElement("FileName", "/" + resource.EntryName)));

    public IEnumerable<RootComponent> RootComponents(PackContext context) =>
        context.Input.WebResources.Select(r => new RootComponent(RootComponent.WebResource, r.Name, null, RootComponent.IncludeSubcomponents));

    public IEnumerable<ZipEntryContent> Files(PackContext context) =>
        context.Input.WebResources.Select(r => new ZipEntryContent(r.EntryName, r.Content));
}
