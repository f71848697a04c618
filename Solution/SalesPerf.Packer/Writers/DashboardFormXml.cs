using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Steps;
using SalesPerf.SolutionModel;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// <c>FormXml/forms type="dashboard"</c> of a dashboard in the layout of Apollo-M's dashboard (reference/dashboard.xml):
/// one tab, one four-column section, two tiles per row, each tile a sub-grid cell spanning two columns and twelve rows
/// (followed by the eleven empty rows an export writes for the span). Ids are derived from the dashboard id.
/// </summary>
public static class DashboardFormXml
{
    /// <summary>The sub-grid control (solution-format 5).</summary>
    public const string SubGridClassId = "{E7A81278-8635-4d9e-8D4D-59480B391C5B}";

    public const int TileRows = 12;
    public const int RecordsPerPage = 10;

    public static XElement Write(DashboardDefinition dashboard, SolutionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        ArgumentNullException.ThrowIfNull(metadata);
        var rows = new List<XElement>();
        foreach (var pair in dashboard.Tiles.Select((tile, index) => (tile, index)).Chunk(2))
        {
            rows.Add(new XElement("row", pair.Select(p => Cell(dashboard, p.tile, p.index, metadata))));
            rows.AddRange(Enumerable.Range(1, TileRows - 1).Select(_ => new XElement("row")));
        }

        var section = new XElement(
            "section",
            new XAttribute("showlabel", "false"),
            new XAttribute("showbar", "false"),
            new XAttribute("columns", "1111"),
            new XAttribute("id", Id(dashboard, "section", 0)),
            Labels(new Label("Section", "节")),
            new XElement("rows", rows));
        var tab = new XElement(
            "tab",
            new XAttribute("showlabel", "false"),
            new XAttribute("verticallayout", "true"),
            new XAttribute("id", Id(dashboard, "tab", 0)),
            Labels(new Label("Tab", "选项卡")),
            new XElement("columns", new XElement("column", new XAttribute("width", "100%"), new XElement("sections", section))));
        return new XElement("FormXml", new XElement("forms", new XAttribute("type", "dashboard"), new XElement("form", new XElement("tabs", tab))));
    }

    /// <summary>The control id of tile <paramref name="index"/> (0-based), unique within the dashboard.</summary>
    public static string ControlId(int index) => "spm_tile" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static XElement Cell(DashboardDefinition dashboard, DashboardTile tile, int index, SolutionMetadata metadata)
    {
        if (tile.Page is { } page)
        {
            return TileCell(dashboard, tile, index, new XElement(
                "control",
                new XAttribute("id", ControlId(index)),
                new XAttribute("classid", FormControlClasses.WebResource),
                new XElement(
                    "parameters",
                    new XElement("Url", page.Name),
                    new XElement("PassParameters", "false"),
                    new XElement("ShowOnMobileClient", "false"),
                    new XElement("Security", "false"),
                    new XElement("Scrolling", "auto"),
                    new XElement("Border", "false"),
                    new XElement("WebResourceId", ExportXml.Braced(page.Id).ToUpperInvariant()))));
        }

        var view = tile.ViewId(metadata.Table(tile.Table));
        var parameters = new XElement(
            "parameters",
            new XElement("TargetEntityType", tile.Table),
            new XElement("ChartGridMode", tile.Chart is null ? "Grid" : "Chart"),
            new XElement("EnableQuickFind", "false"),
            new XElement("EnableViewPicker", "false"),
            new XElement("EnableJumpBar", "false"),
            new XElement("RecordsPerPage", RecordsPerPage.ToString(CultureInfo.InvariantCulture)),
            new XElement("HeaderColorCode"),
            new XElement("ViewId", ExportXml.Braced(view)),
            new XElement("IsUserView", "false"),
            new XElement("ViewIds"),
            new XElement("AutoExpand", "Fixed"),
            tile.Chart is { } chart ? new XElement("VisualizationId", ExportXml.Braced(chart)) : new XElement("VisualizationId"),
            new XElement("IsUserChart", "false"),
            new XElement("EnableChartPicker", "false"),
            new XElement("RelationshipName"));
        return TileCell(dashboard, tile, index, new XElement(
            "control",
            new XAttribute("id", ControlId(index)),
            new XAttribute("uniqueid", Id(dashboard, "control", index)),
            new XAttribute("classid", SubGridClassId),
            new XAttribute("indicationOfSubgrid", "true"),
            parameters));
    }

    private static XElement TileCell(DashboardDefinition dashboard, DashboardTile tile, int index, XElement control) => new(
        "cell",
        new XAttribute("colspan", "2"),
        new XAttribute("rowspan", TileRows.ToString(CultureInfo.InvariantCulture)),
        new XAttribute("showlabel", "true"),
        new XAttribute("id", Id(dashboard, "cell", index)),
        new XAttribute("auto", "false"),
        Labels(tile.Label),
        control);

    private static XElement Labels(Label label) => LabelXml.Collection("labels", "label", label);

    private static string Id(DashboardDefinition dashboard, string kind, int index) =>
        ExportXml.Braced(StableIds.Derive(dashboard.Id, "dashboard" + kind, index.ToString(CultureInfo.InvariantCulture)));
}
