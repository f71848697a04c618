using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.App;

/// <summary>Solution/Charts, Solution/Dashboards and Solution/App: the real source, and bad files stopping the pack with a precise message.</summary>
public sealed class AppSourceTests : IDisposable
{
    private const string TargetChart = "569bd494-b018-45bf-b585-56f3dadb247e";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "spm-app-source-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void Write(string subfolder, string name, string json)
    {
        Directory.CreateDirectory(Path.Combine(folder, subfolder));
        File.WriteAllText(Path.Combine(folder, subfolder, name), json);
    }

    private static string Chart(string measure = "spm_attainmentpercent", string aggregate = "avg", string groupBy = "spm_kpiid") => $$"""
        {"id": "{{TargetChart}}", "table": "spm_target", "name": {"en": "A", "zh": "甲"}, "chartType": "Column",
         "groupBy": "{{groupBy}}", "aggregate": "{{aggregate}}", "measure": "{{measure}}"}
        """;

    [Fact]
    public void RealSource_HasThreeChartsTwoDashboardsAndOneApp()
    {
        var input = Repository.Input(managed: true);

        Assert.Equal(["spm_commissionstatement", "spm_scorecard", "spm_target"], input.Charts.Select(c => c.Table));
        Assert.Equal(["My Performance", "Sales Performance Manager"], input.Dashboards.Select(d => d.Name.English).Order(StringComparer.Ordinal));
        Assert.Equal("spm_SalesPerformance", Assert.Single(input.AppModules).UniqueName);
    }

    [Fact]
    public void Chart_NamingAMissingColumn_StopsNamingFileAndColumn()
    {
        Write("Charts", "bad.json", Chart(groupBy: "spm_nosuchcolumn"));

        var error = Assert.Throws<PackException>(() => ChartSource.Load(folder, Repository.Metadata));

        Assert.Equal("Solution/Charts/bad.json: 'groupBy' names the column spm_target.spm_nosuchcolumn, which the table does not have.", error.Message);
    }

    [Fact]
    public void Chart_SummingAText_Stops()
    {
        Write("Charts", "bad.json", Chart(measure: "spm_name", aggregate: "sum"));

        var error = Assert.Throws<PackException>(() => ChartSource.Load(folder, Repository.Metadata));

        Assert.Equal("Solution/Charts/bad.json: 'sum' needs a number or money column, but 'measure' names spm_target.spm_name, a String column.", error.Message);
    }

    [Fact]
    public void Chart_WithAnAggregateFetchDoesNotKnow_Stops()
    {
        Write("Charts", "bad.json", Chart(aggregate: "median"));

        var error = Assert.Throws<PackException>(() => ChartSource.Load(folder, Repository.Metadata));

        Assert.StartsWith("Solution/Charts/bad.json: 'aggregate' is 'median'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DashboardTile_AskingForTheMyViewOfAnOrganizationOwnedTable_Stops()
    {
        Write("Dashboards", "bad.json", """
            {"id": "11111111-2222-4333-8444-555555555555", "name": {"en": "D", "zh": "仪"},
             "tiles": [{"label": {"en": "P", "zh": "期"}, "table": "spm_period", "view": "My"}]}
            """);

        var error = Assert.Throws<PackException>(() => DashboardSource.Load(folder, Repository.Metadata, []));

        Assert.Equal("Solution/Dashboards/bad.json, tile 1: spm_period is organization-owned and has no My view.", error.Message);
    }

    [Fact]
    public void DashboardTile_NamingAChartOfAnotherTable_Stops()
    {
        Write("Charts", "target.json", Chart());
        var charts = ChartSource.Load(folder, Repository.Metadata);
        Write("Dashboards", "bad.json", $$"""
            {"id": "11111111-2222-4333-8444-555555555555", "name": {"en": "D", "zh": "仪"},
             "tiles": [{"label": {"en": "S", "zh": "计"}, "table": "spm_scorecard", "view": "Active", "chart": "{{TargetChart}}"}]}
            """);

        var error = Assert.Throws<PackException>(() => DashboardSource.Load(folder, Repository.Metadata, charts));

        Assert.Equal($"Solution/Dashboards/bad.json, tile 1: 'chart' names {TargetChart}, which is not a chart of spm_scorecard in Solution/Charts.", error.Message);
    }

    [Fact]
    public void SubArea_NamingATableOutsideTheSolution_Stops()
    {
        Write("App", "bad.json", """
            {"uniqueName": "spm_Bad", "name": {"en": "B", "zh": "坏"}, "roles": ["6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01"],
             "siteMap": {"areas": [{"id": "a", "title": {"en": "A", "zh": "甲"}, "groups": [{"id": "g", "title": {"en": "G", "zh": "组"},
               "subAreas": [{"id": "s", "title": {"en": "S", "zh": "子"}, "table": "spm_missing"}]}]}]}}
            """);

        var error = Assert.Throws<PackException>(() => AppModuleSource.Load(folder, Repository.Metadata, [], []));

        Assert.Equal("Solution/App/bad.json, area 'a', group 'g', sub-area 's': the table spm_missing is neither a table of the solution (Solution/Tables) nor a platform table of Solution/SystemTables.", error.Message);
    }

    [Fact]
    public void SubArea_WithBothTableAndDashboard_Stops()
    {
        Write("App", "bad.json", """
            {"uniqueName": "spm_Bad", "name": {"en": "B", "zh": "坏"}, "roles": ["6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01"],
             "siteMap": {"areas": [{"id": "a", "title": {"en": "A", "zh": "甲"}, "groups": [{"id": "g", "title": {"en": "G", "zh": "组"},
               "subAreas": [{"id": "s", "title": {"en": "S", "zh": "子"}, "table": "spm_kpi", "dashboard": "11111111-2222-4333-8444-555555555555"}]}]}]}}
            """);

        var error = Assert.Throws<PackException>(() => AppModuleSource.Load(folder, Repository.Metadata, [], []));

        Assert.Equal("Solution/App/bad.json, area 'a', group 'g', sub-area 's': give exactly one of 'table', 'dashboard' and 'webResource'.", error.Message);
    }

    private static string AppWithSubArea(string target) => $$$"""
        {"uniqueName": "spm_Bad", "name": {"en": "B", "zh": "坏"}, "roles": ["6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01"],
         "siteMap": {"areas": [{"id": "a", "title": {"en": "A", "zh": "甲"}, "groups": [{"id": "g", "title": {"en": "G", "zh": "组"},
           "subAreas": [{"id": "s", "title": {"en": "S", "zh": "子"}, {{{target}}} }]}]}]}}
        """;

    private static IReadOnlyList<WebResourceDefinition> WebResources => Repository.Input(managed: true).WebResources;

    [Fact]
    public void SubArea_OpeningAWebResourceOfTheSolution_ReadsItsName()
    {
        Write("App", "setup.json", AppWithSubArea("\"webResource\": \"spm_/setup/setup.html\""));

        var app = Assert.Single(AppModuleSource.Load(folder, Repository.Metadata, [], WebResources));

        var sub = Assert.Single(app.SubAreas);
        Assert.Equal("spm_/setup/setup.html", sub.WebResource);
        Assert.Null(sub.Table);
        Assert.Null(sub.Dashboard);
        Assert.Empty(app.Tables);
    }

    [Fact]
    public void SubArea_NamingAWebResourceOutsideTheSolution_Stops()
    {
        Write("App", "bad.json", AppWithSubArea("\"webResource\": \"spm_/setup/missing.html\""));

        var error = Assert.Throws<PackException>(() => AppModuleSource.Load(folder, Repository.Metadata, [], WebResources));

        Assert.Equal("Solution/App/bad.json, area 'a', group 'g', sub-area 's': 'webResource' names spm_/setup/missing.html, which is not a web resource of WebResources/webresources.json.", error.Message);
    }

    [Fact]
    public void SubArea_NamingAScriptWebResource_StopsBecauseASubAreaOpensAnHtmlPage()
    {
        Write("App", "bad.json", AppWithSubArea("\"webResource\": \"spm_/setup/setup.js\""));

        var error = Assert.Throws<PackException>(() => AppModuleSource.Load(folder, Repository.Metadata, [], WebResources));

        Assert.Equal("Solution/App/bad.json, area 'a', group 'g', sub-area 's': 'webResource' names spm_/setup/setup.js, a web resource of type 3; a sub-area opens an HTML page (type 1).", error.Message);
    }

    [Fact]
    public void SubArea_WithTableAndWebResource_Stops()
    {
        Write("App", "bad.json", AppWithSubArea("\"table\": \"spm_kpi\", \"webResource\": \"spm_/setup/setup.html\""));

        var error = Assert.Throws<PackException>(() => AppModuleSource.Load(folder, Repository.Metadata, [], WebResources));

        Assert.Equal("Solution/App/bad.json, area 'a', group 'g', sub-area 's': give exactly one of 'table', 'dashboard' and 'webResource'.", error.Message);
    }

    [Fact]
    public void SiteMapId_WithASpace_Stops()
    {
        Write("App", "bad.json", """
            {"uniqueName": "spm_Bad", "name": {"en": "B", "zh": "坏"}, "roles": ["6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01"],
             "siteMap": {"areas": [{"id": "my area", "title": {"en": "A", "zh": "甲"}, "groups": []}]}}
            """);

        var error = Assert.Throws<PackException>(() => AppModuleSource.Load(folder, Repository.Metadata, [], []));

        Assert.Equal("Solution/App/bad.json, area: the id 'my area' may hold only letters, digits and '_' (SiteMapType.xsd CRM_Identifier_SiteMap).", error.Message);
    }

    [Fact]
    public void Label_WithoutChinese_Stops()
    {
        Write("Charts", "bad.json", Chart().Replace("\"zh\": \"甲\"", "\"zh\": \"\"", StringComparison.Ordinal));

        var error = Assert.Throws<PackException>(() => ChartSource.Load(folder, Repository.Metadata));

        Assert.Equal("Solution/Charts/bad.json: 'name' needs non-empty 'en' and 'zh' texts.", error.Message);
    }
}
