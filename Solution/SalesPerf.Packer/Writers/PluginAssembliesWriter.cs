using System.Collections.Generic;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Writers;

/// <summary>The SolutionPluginAssemblies section, the DLL entry and the type-91 root component (id and full name, 9.2 form).</summary>
public sealed class PluginAssembliesWriter : IComponentWriter
{
    public string? Section => "SolutionPluginAssemblies";

    public IEnumerable<XElement> Elements(PackContext context) => [PluginAssemblyWriter.Write(context)];

    public IEnumerable<RootComponent> RootComponents(PackContext context) =>
        [new RootComponent(RootComponent.PluginAssembly, context.PluginAssemblyFullName, context.PluginAssemblyId, RootComponent.IncludeSubcomponents)];

    public IEnumerable<ZipEntryContent> Files(PackContext context) =>
        [new ZipEntryContent(context.PluginAssemblyEntryName, context.Input.PluginAssembly.Bytes)];
}
