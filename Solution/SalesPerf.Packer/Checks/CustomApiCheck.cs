using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>Every custom API in customapis/ is well-formed, named after its folder, and runs a plug-in type the solution contains.</summary>
public sealed class CustomApiCheck : IPackageCheck
{
    public string Rule => "custom APIs";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var typeIds = package.Customizations?.Root?.Elements("SolutionPluginAssemblies").Elements("PluginAssembly")
            .Elements("PluginTypes").Elements("PluginType")
            .Select(t => (string?)t.Attribute("PluginTypeId")).OfType<string>()
            .Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty)
            .ToHashSet() ?? [];

        foreach (var entry in package.Entries.Where(e => e.Name.StartsWith("customapis/", StringComparison.Ordinal) && e.Name.EndsWith("/customapi.xml", StringComparison.Ordinal)))
        {
            var folder = entry.Name.Split('/')[1];
            XElement? api;
            try
            {
                api = XDocument.Parse(System.Text.Encoding.UTF8.GetString(entry.Content.Span)).Root;
            }
            catch (XmlException exception)
            {
                api = null;
                folder += " (" + exception.Message + ")";
            }

            if (api is null)
            {
                yield return $"custom API {folder}: {entry.Name} is not well-formed XML.";
                continue;
            }

            if ((string?)api.Attribute("uniquename") != folder)
            {
                yield return $"custom API in folder {folder} has the unique name '{(string?)api.Attribute("uniquename")}'; the folder must be named after it.";
            }

            var typeId = api.Element("plugintypeid")?.Element("plugintypeid")?.Value;
            if (typeId is not null && (!Guid.TryParse(typeId, out var id) || !typeIds.Contains(id)))
            {
                yield return $"custom API {folder} runs the plug-in type {typeId}, which the solution's plug-in assembly does not list.";
            }
        }
    }
}
