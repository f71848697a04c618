using System;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// The two XML parts of a chart (solution-format 7; Docs "Sample charts"): the data description (an aggregate FetchXML
/// and its category and measure, VisualizationDataDescription.xsd) and the presentation description (the chart markup).
/// </summary>
public static class ChartXml
{
    public static XElement DataDefinition(ChartDefinition chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var fetch = new XElement(
            "fetch",
            new XAttribute("mapping", "logical"),
            new XAttribute("aggregate", "true"),
            new XElement(
                "entity",
                new XAttribute("name", chart.Table),
                new XElement("attribute", new XAttribute("groupby", "true"), new XAttribute("alias", ChartDefinition.GroupByAlias), new XAttribute("name", chart.GroupBy)),
                new XElement("attribute", new XAttribute("alias", ChartDefinition.MeasureAlias), new XAttribute("name", chart.Measure), new XAttribute("aggregate", chart.Aggregate))));
        return new XElement(
            "datadefinition",
            new XElement("fetchcollection", fetch),
            new XElement(
                "categorycollection",
                new XElement(
                    "category",
                    new XAttribute("alias", ChartDefinition.GroupByAlias),
                    new XElement("measurecollection", new XElement("measure", new XAttribute("alias", ChartDefinition.MeasureAlias))))));
    }

    /// <summary>One series of the chart's type with value labels; axes and title take the platform's default look.</summary>
    public static XElement Presentation(ChartDefinition chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new XElement(
            "Chart",
            new XElement("Series", new XElement("Series", new XAttribute("ChartType", chart.ChartType), new XAttribute("IsValueShownAsLabel", "True"))),
            new XElement("ChartAreas", new XElement("ChartArea", new XElement("AxisY"), new XElement("AxisX"))),
            new XElement("Titles", new XElement("Title")));
    }
}
