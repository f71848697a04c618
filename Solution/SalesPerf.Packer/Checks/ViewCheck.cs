using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every view's FetchXML (generated and custom alike) is valid against Fetch.xsd and queries its own table, and every
/// column it names on a table the package defines whole exists. Strict: columns and links of platform tables against
/// the known platform tables, and choice, state or status conditions against the column's values.
/// </summary>
public sealed class ViewCheck : IPackageCheck
{
    private static readonly string[] ComparingOperators = ["eq", "ne", "neq", "in", "not-in"];

    public string Rule => "views";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var problems = new List<string>();
        foreach (var view in TableComponents.All(package, entity => entity.Descendants("savedquery")))
        {
            CheckView(package, view, problems);
        }

        return problems;
    }

    private static void CheckView(SolutionPackage package, TableComponent component, List<string> problems)
    {
        var (table, view) = component;
        var label = component.Label("view", "savedqueryid");
        var fetch = view.Element("fetchxml")?.Element("fetch");
        if (fetch is null)
        {
            problems.Add($"{label} has no fetchxml/fetch element.");
            return;
        }

        ComponentFetch.ValidateSchema(fetch, label, problems);
        var entity = ComponentFetch.RootEntity(fetch, table, label, "queries", problems);

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
        var columns = package.Strict || package.DefinesWhole(table) ? package.ColumnsOf(table) : null;
        if (columns is null)
        {
            CheckLinks(package, label, node, problems);
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

        foreach (var condition in conditions.Where(c => package.Strict && ComparingOperators.Contains((string?)c.Attribute("operator"))))
        {
            CheckOptionValues(package, label, table, condition, problems);
        }

        CheckLinks(package, label, node, problems);
    }

    private static void CheckLinks(SolutionPackage package, string label, XElement node, List<string> problems)
    {
        foreach (var link in node.Elements("link-entity"))
        {
            var linked = ((string?)link.Attribute("name"))?.ToLowerInvariant() ?? "";
            if (!package.Strict && !package.DefinesWhole(linked))
            {
                continue;
            }

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
