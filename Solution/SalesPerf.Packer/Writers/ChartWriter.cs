using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// <c>Visualizations/visualization</c> of a custom table: its charts of Solution/Charts. No real export with a chart
/// was examined (solution-format 7, NOT CONFIRMED): the children and their inline XML follow the schema
/// (CustomizationsSolution.xsd VisualizationsType, VisualizationDataDescription.xsd), in the schema's order.
/// </summary>
public sealed class ChartWriter : IEntityPartWriter
{
    public XElement? Write(TableDefinition table, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(context);
        var charts = context.Input.Charts.Where(c => c.Table == table.LogicalName).ToList();
        return charts.Count == 0 ? null : new XElement("Visualizations", charts.Select(Visualization));
    }

    private static XElement Visualization(ChartDefinition chart) => new(
        "visualization",
        new XElement("savedqueryvisualizationid", ExportXml.Braced(chart.Id)),
        LabelXml.Collection("LocalizedNames", "LocalizedName", chart.Name),
        chart.Description is null ? null : LabelXml.Collection("Descriptions", "Description", chart.Description),
        new XElement("datadescription", ChartXml.DataDefinition(chart)),
        new XElement("presentationdescription", ChartXml.Presentation(chart)),
        new XElement("isdefault", ExportXml.Flag(chart.IsDefault)),
        new XElement("IsCustomizable", "1"),
        new XElement("IntroducedVersion", PackContext.IntroducedVersion),
        new XElement("CanBeDeleted", "1"));
}
