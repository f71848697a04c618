using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every custom API in customapis/ has a unique name and, when it runs a plug-in type, a GUID for it (well-formedness is
/// <see cref="WellFormedEntries"/>'). Strict: the folder is named after the API, the plug-in type is one the solution's
/// assembly lists, and the execute privilege (when it has one) is a table privilege of a table the package defines;
/// a real export may name a plug-in type or privilege of another solution.
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
            var api = entry.ParseXml(out _)?.Root;
            if (api is null)
            {
                continue;
            }

            var uniqueName = (string?)api.Attribute("uniquename");
            if (string.IsNullOrEmpty(uniqueName))
            {
                yield return $"custom API in folder {folder} has no uniquename.";
            }
            else if (package.Strict && uniqueName != folder)
            {
                yield return $"custom API in folder {folder} has the unique name '{(string?)api.Attribute("uniquename")}'; the folder must be named after it.";
            }

            var typeId = api.Element("plugintypeid")?.Element("plugintypeid")?.Value;
            if (typeId is not null && !Guid.TryParse(typeId, out _))
            {
                yield return $"custom API {folder} runs the plug-in type '{typeId}', which is not a GUID.";
            }
            else if (package.Strict && typeId is not null && !typeIds.Contains(Guid.Parse(typeId)))
            {
                yield return $"custom API {folder} runs the plug-in type {typeId}, which the solution's plug-in assembly does not list.";
            }

            var privilege = api.Element("executeprivilegename")?.Value;
            if (package.Strict && !string.IsNullOrEmpty(privilege) && (!TablePrivilegeName.TryParse(privilege, out _, out var table) || !tables.Contains(table)))
            {
                yield return $"custom API {folder} requires the execute privilege '{privilege}', which is not a privilege (prv + verb + table) of a table in the package.";
            }
        }
    }
}
