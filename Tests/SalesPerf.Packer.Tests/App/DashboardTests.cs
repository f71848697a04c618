using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer.Tests.App;

public sealed class DashboardTests
{
    private const string SubGridClassId = "{E7A81278-8635-4D9E-8D4D-59480B391C5B}";

    private const string ManagerDashboard = "{d9ab1f18-13a3-44a0-8d18-1ec8c0ab69c9}";
    private const string RepDashboard = "{672f035f-7f90-4547-b321-34c41cfb3843}";
    private const string TeamTargetsThisQuarter = "{59abb897-aa9d-413d-9169-f7e129355229}";
    private const string TeamScorecardsThisQuarter = "{27ad15d1-33a2-40b2-b87d-0d9162895d20}";
    private const string TeamStatementsThisPeriod = "{1b42616d-d745-499a-b61f-93dd156584db}";
    private const string TeamBehindPace = "{4b65e7e5-99a0-402f-8457-62122b1f4d51}";
    private const string TeamProjectedToMiss = "{9ba98b14-70fc-4fb0-ad35-3a06777d2994}";
    private const string StatementsAwaitingMyApproval = "{74ac92c7-a486-4b55-9142-57b2e61dc22d}";
    private const string ReviewsAwaitingMyRating = "{e432e08d-0efc-4660-918e-a48d59e53534}";
    private const string MyCurrentTargets = "{04432068-61ac-4c50-a5ad-822419079579}";
    private const string MyScorecardThisQuarter = "{8e8b6b30-546d-4d18-a960-893c858c71b4}";
    private const string MyOpenStatements = "{cdcb9db3-7fa3-4dea-85bb-5f5df4dac7d9}";
    private const string MyReviews = "{4f351e6d-5f55-4b20-9f67-4a68e896c5aa}";
    private const string RecognitionWall = "{95419917-f201-473a-9598-7a1037f64de9}";
    private const string OverdueCheckInActions = "{f7fb79e0-f0c7-4179-ad0b-503f88de98c8}";
    private const string MyTeamsObjectives = "{e8cbe59e-0b6a-45ea-a731-319475212905}";

    private static XElement Dashboard(byte[] zip, string formId = ManagerDashboard) =>
        Assert.Single(Packages.Customizations(zip).Element("Dashboards")!.Elements("Dashboard"), d => d.Element("FormId")!.Value == formId);

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
    public void ManagerDashboard_DrawsEveryChartOverOnePeriodTypeOrTheRunningPeriods()
    {
        var entities = Packages.Customizations(Packages.Managed).Element("Entities")!.Elements("Entity").ToList();
        var charts = entities.SelectMany(e => e.Elements("Visualizations").Elements("visualization")
            .Select(v => (Table: e.Element("Name")!.Value, Id: v.Element("savedqueryvisualizationid")!.Value))).ToList();
        var chartTiles = Tiles(Dashboard(Packages.Managed)).Where(t => Parameter(t, "ChartGridMode") == "Chart").ToList();

        Assert.Equal(3, charts.Count);
        Assert.Equal(
            [("spm_scorecard", TeamScorecardsThisQuarter), ("spm_target", TeamTargetsThisQuarter), ("spm_commissionstatement", TeamStatementsThisPeriod)],
            chartTiles.Select(t => (Parameter(t, "TargetEntityType"), Parameter(t, "ViewId"))));
        foreach (var (table, id) in charts)
        {
            var tile = Assert.Single(chartTiles, t => Parameter(t, "VisualizationId") == id);
            Assert.Equal(table, Parameter(tile, "TargetEntityType"));
            Assert.NotEqual(ViewWriter.ViewId(Repository.Metadata.Table(table), ViewKind.Active).ToString("B"), Parameter(tile, "ViewId"));
        }
    }

    [Fact]
    public void ManagerDashboard_GridsAreBehindPaceProjectedToMissQuarterAndWhatAwaitsMe()
    {
        var grids = Tiles(Dashboard(Packages.Managed)).Where(t => Parameter(t, "ChartGridMode") == "Grid").ToList();

        Assert.Equal(
            [TeamBehindPace, TeamProjectedToMiss, TeamTargetsThisQuarter, StatementsAwaitingMyApproval, ReviewsAwaitingMyRating, RecognitionWall, OverdueCheckInActions, MyTeamsObjectives],
            grids.Select(t => Parameter(t, "ViewId")));
        Assert.All(grids, t => Assert.Equal("", Parameter(t, "VisualizationId")));
    }

    [Fact]
    public void RepDashboard_ListsMyTargetsScorecardStatementsAndReviews()
    {
        var grids = Tiles(Dashboard(Packages.Managed, RepDashboard));

        Assert.Equal(
            [("spm_target", MyCurrentTargets), ("spm_scorecard", MyScorecardThisQuarter), ("spm_commissionstatement", MyOpenStatements), ("spm_review", MyReviews), ("spm_recognition", RecognitionWall)],
            grids.Select(t => (Parameter(t, "TargetEntityType"), Parameter(t, "ViewId"))));
    }

    [Fact]
    public void RepDashboard_FirstTileIsTheScorecardPageByItsWebResourceId()
    {
        var page = Dashboard(Packages.Managed, RepDashboard).Descendants("control").First();
        var resource = Packages.Customizations(Packages.Managed).Element("WebResources")!.Elements("WebResource")
            .Single(w => w.Element("Name")!.Value == "spm_/scorecard/scorecard.html");

        Assert.Equal("{9FDF5F91-88B1-47F4-AD53-C11EFC01A01D}", (string?)page.Attribute("classid"));
        Assert.Equal("spm_/scorecard/scorecard.html", Parameter(page, "Url"));
        Assert.Equal(resource.Element("WebResourceId")!.Value.ToUpperInvariant(), Parameter(page, "WebResourceId"));
    }

    [Fact]
    public void DashboardTiles_AreLabelledInBothLanguages()
    {
        var cells = Dashboard(Packages.Managed).Descendants("cell").Where(c => c.Element("control") is not null).ToList();

        Assert.Equal(11, cells.Count); // + overdue check-in actions and my team's objectives (issue 15)
        Assert.All(cells, cell =>
        {
            var labels = cell.Element("labels")!.Elements("label").ToList();
            Assert.Equal(["1033", "2052"], labels.Select(l => (string)l.Attribute("languagecode")!));
            Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace((string?)l.Attribute("description"))));
        });
    }
}
