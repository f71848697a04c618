using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every view's FetchXML (generated and custom alike) is valid against Fetch.xsd and queries its own table; every
/// column it names, on the table or on a linked table, exists; and a choice, state or status condition compares
/// with a value the column has.
/// </summary>
public sealed class ViewCheck : IPackageCheck
{
    private static readonly string[] ComparingOperators = ["eq", "ne", "neq", "in", "not-in"];

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

        if (entity is null)
        {
            return;
        }

        var layoutCells = view.Element("layoutxml")?.Descendants("cell").Select(c => (string?)c.Attribute("name")).OfType<string>() ?? [];
        CheckNode(package, label, table, entity, layoutCells, problems);
    }

    /// <summary>The attributes, sort, conditions and links of the root entity or of a link-entity, against <paramref name="table"/>.</summary>
    private static void CheckNode(SolutionPackage package, string label, string table, XElement node, IEnumerable<string> extraColumns, List<string> problems)
    {
        var columns = package.ColumnsOf(table);
        if (columns is null)
        {
            return;
        }

        var conditions = node.Elements("filter").DescendantsAndSelf("filter").Elements("condition").ToList();
        var named = node.Elements("attribute").Select(a => (string?)a.Attribute("name"))
            .Concat(node.Elements("order").Select(o => (string?)o.Attribute("attribute")))
            .Concat(conditions.Select(c => (string?)c.Attribute("attribute")))
            .Concat(node.Elements("link-entity").Select(l => (string?)l.Attribute("to")))
            .Concat(extraColumns)
            .OfType<string>();
        foreach (var column in named.Distinct(StringComparer.Ordinal).Where(c => !columns.Contains(c)))
        {
            problems.Add($"{label} names the column {table}.{column}, which does not exist.");
        }

        foreach (var condition in conditions.Where(c => ComparingOperators.Contains((string?)c.Attribute("operator"))))
        {
            CheckOptionValues(package, label, table, condition, problems);
        }

        foreach (var link in node.Elements("link-entity"))
        {
            var linked = ((string?)link.Attribute("name"))?.ToLowerInvariant() ?? "";
            if (package.ColumnsOf(linked) is not { Count: > 0 })
            {
                problems.Add($"{label} links to the table '{linked}', which neither the package nor the known system tables define.");
                continue;
            }

            var from = (string?)link.Attribute("from");
            CheckNode(package, label, linked, link, from is null ? [] : [from], problems);
        }
    }

    private static void CheckOptionValues(SolutionPackage package, string label, string table, XElement condition, List<string> problems)
    {
        var column = (string?)condition.Attribute("attribute") ?? "";
        var allowed = OptionValues(package, table, column);
        if (allowed is null)
        {
            return;
        }

        var values = condition.Elements("value").Select(v => v.Value).Prepend((string?)condition.Attribute("value")).OfType<string>();
        foreach (var value in values.Where(v => !allowed.Contains(v)))
        {
            problems.Add($"{label} compares {table}.{column} with {value}, which is not one of its values ({string.Join(", ", allowed)}).");
        }
    }

    /// <summary>The option values of a choice, Yes/No, state or status column of the package; null for other columns.</summary>
    private static IReadOnlyList<string>? OptionValues(SolutionPackage package, string table, string column)
    {
        var attribute = package.Customizations?.Root?.Element("Entities")?.Elements("Entity")
            .Where(e => string.Equals(e.Element("Name")?.Value, table, StringComparison.OrdinalIgnoreCase))
            .Descendants("attributes").Elements("attribute")
            .FirstOrDefault(a => a.Element("LogicalName")?.Value == column);
        var set = attribute?.Element("optionset");
        if (set is null)
        {
            return null;
        }

        return set.Descendants().Where(e => e.Name.LocalName is "option" or "state" or "status")
            .Select(e => (string?)e.Attribute("value")).OfType<string>().ToList();
    }
}
