using System.Collections.Generic;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// Writes one component kind: its elements in a root section of customizations.xml, its RootComponents in
/// solution.xml and its own zip files. The extension point for dashboards, the app module and its site map:
/// implement it and add the writer to <see cref="SolutionPacker.Writers"/>.
/// </summary>
public interface IComponentWriter
{
    /// <summary>The root section of customizations.xml this writer fills (one of <see cref="CustomizationsLayout.Sections"/>), or null.</summary>
    string? Section { get; }

    IEnumerable<XElement> Elements(PackContext context) => [];

    IEnumerable<RootComponent> RootComponents(PackContext context) => [];

    IEnumerable<ZipEntryContent> Files(PackContext context) => [];
}
