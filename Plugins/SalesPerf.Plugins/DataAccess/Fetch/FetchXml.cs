using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// Small builders for FetchXML elements, so queries are composed as XML (never by string concatenation) and every
/// attribute is named. Dates are written <c>yyyy-MM-dd</c>, which Dataverse compares as whole days.
/// </summary>
public static class FetchXml
{
    public static XElement AggregateFetch(XElement entity) =>
        new("fetch", new XAttribute("aggregate", "true"), new XAttribute("mapping", "logical"), entity);

    public static XElement Entity(string name, params object?[] content) => new("entity", new XAttribute("name", name), content);

    public static XElement GroupBy(string attribute, string alias) =>
        new("attribute", new XAttribute("name", attribute), new XAttribute("alias", alias), new XAttribute("groupby", "true"));

    /// <summary>Groups a date column by <c>year</c>, <c>month</c> or <c>day</c> (of the month).</summary>
    public static XElement GroupByDate(string attribute, string alias, string dateGrouping) =>
        new("attribute",
            new XAttribute("name", attribute),
            new XAttribute("alias", alias),
            new XAttribute("groupby", "true"),
            new XAttribute("dategrouping", dateGrouping));

    /// <summary>An aggregate column: <c>count</c>, <c>countcolumn</c>, <c>sum</c>, <c>avg</c>, <c>min</c> or <c>max</c>.</summary>
    public static XElement Aggregate(string attribute, string alias, string function) =>
        new("attribute", new XAttribute("name", attribute), new XAttribute("alias", alias), new XAttribute("aggregate", function));

    public static XElement Filter(string type, params object?[] content) => new("filter", new XAttribute("type", type), content);

    public static XElement And(params object?[] content) => Filter("and", content);

    public static XElement Or(params object?[] content) => Filter("or", content);

    public static XElement Condition(string attribute, string op, object value) =>
        new("condition", new XAttribute("attribute", attribute), new XAttribute("operator", op), new XAttribute("value", Format(value)));

    /// <summary>A condition on a column of a linked table (<c>entityname</c> is the link's alias).</summary>
    public static XElement LinkedCondition(string alias, string attribute, string op, IEnumerable<object> values) =>
        new("condition",
            new XAttribute("entityname", alias),
            new XAttribute("attribute", attribute),
            new XAttribute("operator", op),
            values.Select(v => new XElement("value", Format(v))));

    public static XElement In(string attribute, IEnumerable<object> values) =>
        new("condition",
            new XAttribute("attribute", attribute),
            new XAttribute("operator", "in"),
            values.Select(v => new XElement("value", Format(v))));

    /// <summary><paramref name="attribute"/> falls within <paramref name="range"/>, both ends included.</summary>
    public static IEnumerable<XElement> Within(string attribute, DateRange range) =>
    [
        Condition(attribute, "on-or-after", range.Start),
        Condition(attribute, "on-or-before", range.End),
    ];

    public static XElement Link(string name, string from, string to, string alias, string linkType, params object?[] content) =>
        new("link-entity",
            new XAttribute("name", name),
            new XAttribute("from", from),
            new XAttribute("to", to),
            new XAttribute("alias", alias),
            new XAttribute("link-type", linkType),
            content);

    public static string Format(object value) => value switch
    {
        CalendarDate date => date.ToString(),
        Guid id => id.ToString("D"),
        bool flag => flag ? "1" : "0",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
