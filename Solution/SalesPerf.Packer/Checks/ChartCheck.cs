using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every chart's data description is valid against VisualizationDataDescription.xsd, its FetchXML against Fetch.xsd,
/// it aggregates its own table, the columns it groups and aggregates exist, its measures name an aggregate alias, and
/// it has chart markup.
/// </summary>
public sealed class ChartCheck : IPackageCheck
{
    public string Rule => "charts";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var problems = new List<string>();
        foreach (var chart in TableComponents.All(package, entity => entity.Elements("Visualizations").Elements("visualization")))
        {
            CheckChart(package, chart, problems);
        }

        return problems;
    }

    private static void CheckChart(SolutionPackage package, TableComponent component, List<string> problems)
    {
        var (table, chart) = component;
        var label = component.Label("chart", "savedqueryvisualizationid");
        if (Part(chart.Element("presentationdescription"), "Chart") is null)
        {
            problems.Add($"{label} has no presentationdescription/Chart markup.");
        }

        var definition = Part(chart.Element("datadescription"), "datadefinition");
        if (definition is null)
        {
            problems.Add($"{label} has no datadescription/datadefinition.");
            return;
        }

        new XDocument(new XElement(definition)).Validate(ChartSchema.DataDescription, (sender, e) =>
            problems.Add($"{label}: the data description is not valid against VisualizationDataDescription.xsd at {XmlPaths.Of(sender as XObject)}: {e.Message}"));
        var aggregateAliases = new HashSet<string>(StringComparer.Ordinal);
        var groupAliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fetch in definition.Elements("fetchcollection").Elements("fetch"))
        {
            CheckFetch(package, table, label, fetch, aggregateAliases, groupAliases, problems);
        }

        foreach (var category in definition.Descendants("category"))
        {
            if ((string?)category.Attribute("alias") is { } alias && !groupAliases.Contains(alias))
            {
                problems.Add($"{label}: the category alias '{alias}' names no groupby attribute of the fetch.");
            }

            foreach (var measure in category.Descendants("measure").Select(m => (string?)m.Attribute("alias")).OfType<string>().Where(a => !aggregateAliases.Contains(a)))
            {
                problems.Add($"{label}: the measure alias '{measure}' names no aggregate attribute of the fetch.");
            }
        }
    }

    private static void CheckFetch(
        SolutionPackage package, string table, string label, XElement fetch, HashSet<string> aggregateAliases, HashSet<string> groupAliases, List<string> problems)
    {
        ComponentFetch.ValidateSchema(fetch, label, problems);
        if ((string?)fetch.Attribute("aggregate") != "true")
        {
            problems.Add($"{label}: the fetch of a chart must be aggregate=\"true\".");
        }

        var entity = ComponentFetch.RootEntity(fetch, table, label, "aggregates", problems);
        var columns = package.Strict || package.DefinesWhole(table) ? package.ColumnsOf(table) : null;
        foreach (var attribute in entity?.Elements("attribute") ?? [])
        {
            var column = (string?)attribute.Attribute("name") ?? "";
            var alias = (string?)attribute.Attribute("alias");
            var grouped = (string?)attribute.Attribute("groupby") == "true";
            var aggregated = attribute.Attribute("aggregate") is not null;
            if (columns is not null && !columns.Contains(column))
            {
                problems.Add($"{label} {(grouped ? "groups by" : aggregated ? "aggregates" : "names")} the column {table}.{column}, which does not exist.");
            }

            if (!grouped && !aggregated)
            {
                problems.Add($"{label}: the attribute {column} is neither grouped nor aggregated, which an aggregate fetch does not allow.");
            }

            if (alias is not null)
            {
                (grouped ? groupAliases : aggregateAliases).Add(alias);
            }
        }
    }

    /// <summary>
    /// The chart part <paramref name="name"/> inside <paramref name="holder"/>, written inline or as escaped text: whether
    /// an export escapes it is NOT CONFIRMED (solution-format 7), so both are read.
    /// </summary>
    private static XElement? Part(XElement? holder, string name)
    {
        if (holder is null)
        {
            return null;
        }

        if (holder.Element(name) is { } inline)
        {
            return inline;
        }

        try
        {
            var parsed = XElement.Parse(holder.Value);
            return parsed.Name.LocalName == name ? parsed : null;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
