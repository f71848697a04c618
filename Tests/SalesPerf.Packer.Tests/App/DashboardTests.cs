using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer.Tests.App;

public sealed class DashboardTests
{
    private const string SubGridClassId = "{E7A81278-8635-4D9E-8D4D-59480B391C5B}";

    private static XElement Dashboard(byte[] zip) =>
        Assert.Single(Packages.Customizations(zip).Element("Dashboards")!.Elements("Dashboard"));

    private static XElement[] Tiles(XElement dashboard) =>
        dashboard.Descendants("control").Where(c => string.Equals((string?)c.Attribute("classid"), SubGridClassId, StringComparison.OrdinalIgnoreCase)).ToArray();

    private static string Parameter(XElement tile, string name) => tile.Element("parameters")!.Element(name)!.Value;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Dashboard_IsADashboardFormListedAsRootComponent60(bool managed)
    {
        var zip = managed ? Packages.Managed : Packages.Unmanaged;
        var dashboard = Dashboard(zip);
        var formId = dashboard.Element("FormId")!.Value;

        Assert.Equal("dashboard", (string?)dashboard.Element("FormXml")!.Element("forms")!.Attribute("type"));
        Assert.Matches("^\\{[0-9a-f-]{36}\\}$", formId);
        Assert.Contains(Packages.Manifest(zip).Element("RootComponents")!.Elements("RootComponent"),
            r => (string?)r.Attribute("type") == "60" && (string?)r.Attribute("id") == formId);
        Assert.Equal(["1033", "2052"], dashboard.Element("LocalizedNames")!.Elements().Select(n => (string)n.Attribute("languagecode")!));
    }

    [Fact]
    public void Dashboard_DrawsBothChartsOverTheirTablesActiveViews()
    {
        var entities = Packages.Customizations(Packages.Managed).Element("Entities")!.Elements("Entity").ToList();
        var charts = entities.SelectMany(e => e.Elements("Visualizations").Elements("visualization")
            .Select(v => (Table: e.Element("Name")!.Value, Id: v.Element("savedqueryvisualizationid")!.Value))).ToList();
        var chartTiles = Tiles(Dashboard(Packages.Managed)).Where(t => Parameter(t, "ChartGridMode") == "Chart").ToList();

        Assert.Equal(2, charts.Count);
        foreach (var (table, id) in charts)
        {
            var tile = Assert.Single(chartTiles, t => Parameter(t, "VisualizationId") == id);
            Assert.Equal(table, Parameter(tile, "TargetEntityType"));
            Assert.Equal(ViewWriter.ViewId(Repository.Metadata.Table(table), ViewKind.Active).ToString("B"), Parameter(tile, "ViewId"));
        }
    }

    [Fact]
    public void Dashboard_ListsTargetsScorecardsStatementsAndReviewsInGrids()
    {
        var grids = Tiles(Dashboard(Packages.Managed)).Where(t => Parameter(t, "ChartGridMode") == "Grid").ToList();

        foreach (var table in new[] { "spm_target", "spm_scorecard", "spm_commissionstatement", "spm_review" })
        {
            var tile = Assert.Single(grids, t => Parameter(t, "TargetEntityType") == table);
            var viewIds = Enum.GetValues<ViewKind>().Select(k => ViewWriter.ViewId(Repository.Metadata.Table(table), k).ToString("B"))
                .Concat(Repository.Input(managed: true).Views.Where(v => v.Table == table).Select(v => v.Id.ToString("B")));
            Assert.Contains(Parameter(tile, "ViewId"), viewIds);
            Assert.Equal("", Parameter(tile, "VisualizationId"));
        }
    }

    [Fact]
    public void DashboardTiles_AreLabelledInBothLanguages()
    {
        var cells = Dashboard(Packages.Managed).Descendants("cell").Where(c => c.Element("control") is not null).ToList();

        Assert.Equal(6, cells.Count);
        Assert.All(cells, cell =>
        {
            var labels = cell.Element("labels")!.Elements("label").ToList();
            Assert.Equal(["1033", "2052"], labels.Select(l => (string)l.Attribute("languagecode")!));
            Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace((string?)l.Attribute("description"))));
        });
    }
}
