using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// A KPI's optional <c>spm_filterxml</c>: one FetchXML <c>&lt;filter&gt;</c> on the measure's source table, merged into
/// the measure's query (ANDed with the engine's own conditions). Two KPIs with the same filter text share a query.
/// </summary>
public sealed record KpiFilter
{
    private KpiFilter(string text, XElement? element)
    {
        Text = text;
        Element = element;
    }

    /// <summary>No filter: every record of the source table counts.</summary>
    public static KpiFilter None { get; } = new(string.Empty, null);

    /// <summary>The normalised filter text; the key by which queries are shared.</summary>
    public string Text { get; }

    private XElement? Element { get; }

    public bool IsEmpty => Element is null;

    /// <summary>Parses the column's value; an empty value is <see cref="None"/>.</summary>
    /// <exception cref="FormatException">The text is not a single FetchXML <c>filter</c> element.</exception>
    public static KpiFilter Parse(string? filterXml)
    {
        if (string.IsNullOrWhiteSpace(filterXml))
        {
            return None;
        }

        XElement element;
        try
        {
            element = XElement.Parse(filterXml!.Trim());
        }
        catch (XmlException error)
        {
            throw new FormatException("spm_filterxml is not well-formed XML: " + error.Message, error);
        }

        if (element.Name.LocalName != "filter")
        {
            throw new FormatException("spm_filterxml must be one FetchXML <filter> element, not <" + element.Name.LocalName + ">.");
        }

        return new KpiFilter(element.ToString(SaveOptions.DisableFormatting), element);
    }

    /// <summary>
    /// The first element that cannot be merged into the measure's query: anything but nested <c>filter</c>,
    /// <c>condition</c> and <c>value</c> elements, a condition without a column or operator, or a condition on another
    /// entity (<c>entityname</c>, which names an alias the engine's query does not have). Null when every element fits.
    /// </summary>
    public string? FirstUnmergeableElement()
    {
        foreach (var element in Element?.DescendantsAndSelf() ?? Enumerable.Empty<XElement>())
        {
            var name = element.Name.LocalName;
            if (name is not ("filter" or "condition" or "value")
                || (name == "condition" && (Attribute(element, "attribute") is null || Attribute(element, "operator") is null || Attribute(element, "entityname") is not null)))
            {
                return element.ToString(SaveOptions.DisableFormatting);
            }
        }

        return null;
    }

    /// <summary>Each condition's column and operator, in document order.</summary>
    public IReadOnlyList<KpiFilterCondition> Conditions() =>
        (Element?.DescendantsAndSelf("condition") ?? Enumerable.Empty<XElement>())
            .Select(c => new KpiFilterCondition(Attribute(c, "attribute") ?? string.Empty, Attribute(c, "operator") ?? string.Empty))
            .ToList();

    private static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;

    /// <summary>A copy of the filter to place inside an <c>entity</c> or <c>link-entity</c>; null when there is none.</summary>
    public XElement? CopyElement() => Element is null ? null : new XElement(Element);
}
