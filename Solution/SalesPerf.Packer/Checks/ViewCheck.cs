using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SalesPerf.Packer.Checks;

/// <summary>Every view's FetchXML is valid against Fetch.xsd, queries its own table, and names existing columns.</summary>
public sealed class ViewCheck : IPackageCheck
{
    public string Rule => "views";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var root = package.Customizations?.Root;
        if (root is null)
        {
            return [];
        }

        var problems = new List<string>();
        foreach (var entity in root.Elements("Entities").Elements("Entity"))
        {
            var table = entity.Element("Name")?.Value.ToLowerInvariant() ?? "";
            foreach (var view in entity.Descendants("savedquery"))
            {
                CheckView(package, table, view, problems);
            }
        }

        return problems;
    }

    private static void CheckView(SolutionPackage package, string table, XElement view, List<string> problems)
    {
        var name = view.Element("LocalizedNames")?.Elements("LocalizedName").FirstOrDefault()?.Attribute("description")?.Value ?? "(unnamed)";
        var label = $"view '{name}' ({view.Element("savedqueryid")?.Value}) of {table}";
        var fetch = view.Element("fetchxml")?.Element("fetch");
        if (fetch is null)
        {
            problems.Add($"{label} has no fetchxml/fetch element.");
            return;
        }

        var document = new XDocument(new XElement(fetch));
        document.Validate(EmbeddedSchemas.FetchSchema, (sender, e) =>
            problems.Add($"{label}: FetchXML is not valid against Fetch.xsd at {XmlPaths.Of(sender as XObject)}: {e.Message}"));

        var entity = fetch.Element("entity");
        var queried = (string?)entity?.Attribute("name");
        if (!string.Equals(queried, table, StringComparison.Ordinal))
        {
            problems.Add($"{label} queries the table '{queried}' instead of {table}.");
        }

        var columns = package.ColumnsOf(table);
        if (entity is null || columns is null)
        {
            return;
        }

        var named = entity.Elements("attribute").Select(a => (string?)a.Attribute("name"))
            .Concat(entity.Elements("order").Select(o => (string?)o.Attribute("attribute")))
            .Concat(entity.Elements("filter").DescendantsAndSelf("condition").Select(c => (string?)c.Attribute("attribute")))
            .Concat(view.Element("layoutxml")?.Descendants("cell").Select(c => (string?)c.Attribute("name")) ?? [])
            .OfType<string>();
        foreach (var column in named.Distinct(StringComparer.Ordinal).Where(c => !columns.Contains(c)))
        {
            problems.Add($"{label} names the column {table}.{column}, which does not exist.");
        }
    }
}
