using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.App;

public sealed class SiteMapTests
{
    private const string AppName = "spm_SalesPerformance";

    private static XElement SiteMap(byte[] zip) =>
        Assert.Single(Packages.Customizations(zip).Element("AppModuleSiteMaps")!.Elements("AppModuleSiteMap"));

    private static string Title(XElement element, string lcid) =>
        element.Element("Titles")!.Elements("Title").Single(t => (string)t.Attribute("LCID")! == lcid).Attribute("Title")!.Value;

    private static XElement Area(string englishTitle) =>
        SiteMap(Packages.Managed).Element("SiteMap")!.Elements("Area").Single(a => Title(a, "1033") == englishTitle);

    private static IEnumerable<string> Tables(XElement area) => area.Descendants("SubArea").Select(s => (string?)s.Attribute("Entity")).OfType<string>();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SiteMap_HasTheFiveAreasOfTheIssueTitledInEnglishAndChinese(bool managed)
    {
        var areas = SiteMap(managed ? Packages.Managed : Packages.Unmanaged).Element("SiteMap")!.Elements("Area").ToList();

        Assert.Equal(["My Performance", "Team", "Commission", "Reviews", "Configuration"], areas.Select(a => Title(a, "1033")));
        Assert.All(areas, area =>
        {
            Assert.Equal(["1033", "2052"], area.Element("Titles")!.Elements("Title").Select(t => (string)t.Attribute("LCID")!));
            Assert.NotEqual(Title(area, "1033"), Title(area, "2052"));
            Assert.All(area.Descendants("SubArea"), sub => Assert.False(string.IsNullOrWhiteSpace(Title(sub, "2052"))));
        });
    }

    [Fact]
    public void SiteMap_IsNamedAfterTheAppAndListedAsRootComponent62()
    {
        var siteMap = SiteMap(Packages.Managed);

        Assert.Equal(AppName, siteMap.Element("SiteMapUniqueName")!.Value);
        Assert.Contains(Packages.Manifest(Packages.Managed).Element("RootComponents")!.Elements("RootComponent"),
            r => (string?)r.Attribute("type") == "62" && (string?)r.Attribute("schemaName") == AppName && r.Attribute("id") is null);
    }

    [Fact]
    public void MyPerformance_OpensTargetsScorecardsStatementsAndReviews()
    {
        Assert.Equal(["spm_target", "spm_scorecard", "spm_commissionstatement", "spm_review"], Tables(Area("My Performance")));
    }

    [Fact]
    public void Team_OpensTheManagerDashboardTargetsAndScorecards()
    {
        var team = Area("Team");
        var dashboardId = Packages.Customizations(Packages.Managed).Element("Dashboards")!.Element("Dashboard")!.Element("FormId")!.Value;
        var dashboard = Assert.Single(team.Descendants("SubArea"), s => s.Attribute("DefaultDashboard") is not null);

        // solution-format 8: the dashboard page URL and the form id without braces.
        Assert.Equal("/workplace/home_dashboards.aspx", (string?)dashboard.Attribute("Url"));
        Assert.Equal(dashboardId.Trim('{', '}'), (string?)dashboard.Attribute("DefaultDashboard"));
        Assert.Contains("spm_target", Tables(team));
        Assert.Contains("spm_scorecard", Tables(team));
    }

    [Fact]
    public void CommissionReviewsAndConfiguration_OpenTheirTables()
    {
        Assert.Equal(
            ["spm_commissionplan", "spm_commissiontier", "spm_planassignment", "spm_commissionstatement", "spm_dealsplit"],
            Tables(Area("Commission")));
        Assert.Equal(["spm_review"], Tables(Area("Reviews")));
        Assert.Equal(["spm_period", "spm_kpi", "spm_kpiset"], Tables(Area("Configuration")));
    }

    [Fact]
    public void Configuration_CompleteSetup_OpensTheSetupWebResourceByName()
    {
        var setup = Assert.Single(Area("Configuration").Descendants("SubArea"), s => s.Attribute("Entity") is null);

        // The site map opens a web resource of the organisation with Url="$webresource:<name>" (SiteMapType.xsd Url).
        Assert.Equal("spm_sub_completesetup", (string?)setup.Attribute("Id"));
        Assert.Equal("$webresource:spm_/setup/setup.html", (string?)setup.Attribute("Url"));
        Assert.Null(setup.Attribute("DefaultDashboard"));
        Assert.Equal(["Complete setup", "完成设置"], new[] { Title(setup, "1033"), Title(setup, "2052") });
        Assert.Contains(Packages.Customizations(Packages.Managed).Element("WebResources")!.Elements("WebResource"),
            w => w.Element("Name")!.Value == "spm_/setup/setup.html" && w.Element("WebResourceType")!.Value == "1");
    }

    [Fact]
    public void Groups_KeepTheMisspeltTooltipAttributeOfRealExports()
    {
        Assert.All(SiteMap(Packages.Managed).Descendants("Group"), g => Assert.NotNull(g.Attribute("ToolTipResourseId")));
    }
}
