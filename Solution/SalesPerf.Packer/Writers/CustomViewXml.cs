using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// A custom public view of Solution/Views as a <c>savedquery</c> in the element order of the generated views
/// (solution-format 6): querytype 0, not default, deletable, layoutxml and fetchxml as inline XML.
/// </summary>
public static class CustomViewXml
{
    /// <summary>querytype of a public view (solution-format 6).</summary>
    public const int PublicQueryType = 0;

    public static XElement Write(ViewDefinition view, TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(table);
        return new XElement(
            "savedquery",
            new XElement("IsCustomizable", "1"),
            new XElement("CanBeDeleted", "1"),
            new XElement("isquickfindquery", "0"),
            new XElement("isprivate", "0"),
            new XElement("isdefault", "0"),
            new XElement("savedqueryid", ExportXml.Braced(view.Id)),
            new XElement("layoutxml", Layout(view, table)),
            new XElement("querytype", PublicQueryType.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new XElement("fetchxml", Fetch(view, table)),
            new XElement("IntroducedVersion", PackContext.IntroducedVersion),
            LabelXml.Collection("LocalizedNames", "LocalizedName", view.Name),
            view.Description is null ? null : LabelXml.Collection("Descriptions", "Description", view.Description));
    }

    private static XElement Layout(ViewDefinition view, TableDefinition table) => new(
        "grid",
        new XAttribute("name", "resultset"),
        new XAttribute("jump", table.PrimaryNameAttribute),
        new XAttribute("select", "1"),
        new XAttribute("icon", "1"),
        new XAttribute("preview", "1"),
        new XElement(
            "row",
            new XAttribute("name", "result"),
            new XAttribute("id", table.PrimaryIdAttribute),
            view.Columns.Select(c => new XElement(
                "cell",
                new XAttribute("name", c.Name),
                new XAttribute("width", c.Width.ToString(System.Globalization.CultureInfo.InvariantCulture))))));

    /// <summary>
    /// The view's FetchXML: the primary key and the grid columns, the sort, the filter (its "any of" conditions as a
    /// nested or-filter), then one inner link-entity per link.
    /// </summary>
    public static XElement Fetch(ViewDefinition view, TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(table);
        var entity = new XElement("entity", new XAttribute("name", table.LogicalName), Attribute(table.PrimaryIdAttribute));
        entity.Add(view.Columns.Where(c => c.Name != table.PrimaryIdAttribute).Select(c => Attribute(c.Name)));
        entity.Add(view.Orders.Select(o => new XElement(
            "order", new XAttribute("attribute", o.Column), new XAttribute("descending", o.Descending ? "true" : "false"))));
        if (view.Conditions.Count > 0 || view.AnyOf.Count > 0)
        {
            var filter = Filter(view.Conditions);
            if (view.AnyOf.Count > 0)
            {
                filter.Add(new XElement("filter", new XAttribute("type", "or"), view.AnyOf.Select(Condition)));
            }

            entity.Add(filter);
        }

        entity.Add(view.Links.Select(link => new XElement(
            "link-entity",
            new XAttribute("name", link.Table),
            new XAttribute("from", link.TablePrimaryKey),
            new XAttribute("to", link.Lookup),
            new XAttribute("link-type", "inner"),
            new XAttribute("alias", link.Alias),
            Filter(link.Conditions))));
        return new XElement("fetch", new XAttribute("version", "1.0"), new XAttribute("mapping", "logical"), entity);
    }

    private static XElement Filter(System.Collections.Generic.IEnumerable<ViewCondition> conditions) =>
        new("filter", new XAttribute("type", "and"), conditions.Select(Condition));

    private static XElement Condition(ViewCondition condition)
    {
        var element = new XElement("condition", new XAttribute("attribute", condition.Column), new XAttribute("operator", condition.Operator));
        if (condition.Operator is "in" or "not-in")
        {
            element.Add(condition.Values.Select(v => new XElement("value", v)));
        }
        else if (condition.Values.Count == 1)
        {
            element.Add(new XAttribute("value", condition.Values[0]));
        }

        return element;
    }

    private static XElement Attribute(string name) => new("attribute", new XAttribute("name", name));
}
