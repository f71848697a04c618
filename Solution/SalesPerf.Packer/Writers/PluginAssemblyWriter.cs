using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Steps;

namespace SalesPerf.Packer.Writers;

/// <summary><c>SolutionPluginAssemblies/PluginAssembly</c> in the 9.2 form with ids (solution-format 9.2), one PluginType per IPlugin class of the DLL.</summary>
public static class PluginAssemblyWriter
{
    /// <summary>Sandbox: the only isolation mode Dataverse online accepts for custom code.</summary>
    public const string IsolationModeSandbox = "2";

    /// <summary>Database: the DLL travels inside the solution.</summary>
    public const string SourceTypeDatabase = "0";

    public static XElement Write(PackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = context.Input.PluginAssembly.PluginTypes.Select(type => new XElement(
            "PluginType",
            new XAttribute("AssemblyQualifiedName", context.AssemblyQualifiedName(type)),
            new XAttribute("PluginTypeId", ExportXml.Bare(context.PluginTypeId(type))),
            new XAttribute("Name", type),
            new XElement("FriendlyName", ExportXml.Bare(StableIds.Derive(context.PluginAssemblyId, "friendlyname", type)))));

        return new XElement(
            "PluginAssembly",
            new XAttribute("FullName", context.PluginAssemblyFullName),
            new XAttribute("PluginAssemblyId", ExportXml.Bare(context.PluginAssemblyId)),
            new XAttribute("CustomizationLevel", "1"),
            new XElement("IsolationMode", IsolationModeSandbox),
            new XElement("SourceType", SourceTypeDatabase),
            new XElement("IntroducedVersion", PackContext.IntroducedVersion),
            new XElement("FileName", "/" + context.PluginAssemblyEntryName),
            new XElement("PluginTypes", types));
    }
}
