using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every custom API in customapis/ is well-formed, named after its folder, runs a plug-in type the solution contains,
/// and names as its execute privilege (when it has one) a table privilege of a table the package defines.
/// </summary>
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

        var tables = package.Customizations?.Root?.Elements("Entities").Elements("Entity")
            .Select(e => e.Element("Name")?.Value ?? "").ToHashSet(StringComparer.Ordinal) ?? [];

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

            var privilege = api.Element("executeprivilegename")?.Value;
            if (!string.IsNullOrEmpty(privilege) && (!TablePrivilegeName.TryParse(privilege, out _, out var table) || !tables.Contains(table)))
            {
                yield return $"custom API {folder} requires the execute privilege '{privilege}', which is not a privilege (prv + verb + table) of a table in the package.";
            }
        }
    }
}
