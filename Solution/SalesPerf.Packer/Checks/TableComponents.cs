using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>A component a table carries in customizations.xml (a view, a chart), with the words its check messages start with.</summary>
public sealed record TableComponent(string Table, XElement Element)
{
    public string Name => Element.Element("LocalizedNames")?.Elements("LocalizedName").FirstOrDefault()?.Attribute("description")?.Value ?? "(unnamed)";

    /// <summary>e.g. <c>view 'Active Targets' ({…}) of spm_target</c>, the id read from <paramref name="idElement"/>.</summary>
    public string Label(string kind, string idElement) => $"{kind} '{Name}' ({Element.Element(idElement)?.Value}) of {Table}";
}

/// <summary>The components of the tables in a package, each with its table's lower-case logical name.</summary>
public static class TableComponents
{
    public static IEnumerable<TableComponent> All(SolutionPackage package, Func<XElement, IEnumerable<XElement>> componentsOfEntity) =>
        package.Customizations?.Root?.Elements("Entities").Elements("Entity")
            .SelectMany(entity => componentsOfEntity(entity)
                .Select(component => new TableComponent(entity.Element("Name")?.Value.ToLowerInvariant() ?? "", component)))
        ?? [];
}
