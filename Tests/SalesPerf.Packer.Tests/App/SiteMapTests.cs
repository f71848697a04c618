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

    /// <summary>The views the area's sub-areas open by URL, as (table, view id).</summary>
    private static IEnumerable<(string Table, string View)> Views(XElement area) => area.Descendants("SubArea")
        .Select(s => (string?)s.Attribute("Url"))
        .OfType<string>()
        .Where(url => url.StartsWith("/main.aspx?pagetype=entitylist&", StringComparison.Ordinal))
        .Select(url => url.Split('?')[1].Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]))
        .Select(q =>
        {
            Assert.Equal("1039", q["viewtype"]); // a system view (savedquery)
            return (q["etn"], q["viewid"]);
        });

    private const string MyCurrentTargets = "{04432068-61ac-4c50-a5ad-822419079579}";
    private const string MyStatements = "{26b99729-e29d-460d-96d9-22545a741e6c}";
    private const string MyReviews = "{4f351e6d-5f55-4b20-9f67-4a68e896c5aa}";
    private const string TeamTargetsThisQuarter = "{59abb897-aa9d-413d-9169-f7e129355229}";
    private const string TeamBehindPace = "{4b65e7e5-99a0-402f-8457-62122b1f4d51}";
    private const string TeamProjectedToMiss = "{9ba98b14-70fc-4fb0-ad35-3a06777d2994}";
    private const string TeamScorecardsThisYear = "{0a53ccdf-b2df-4d6c-8b33-24e8c254b73d}";
    private const string ManagerDashboard = "d9ab1f18-13a3-44a0-8d18-1ec8c0ab69c9";
    private const string RepDashboard = "672f035f-7f90-4547-b321-34c41cfb3843";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SiteMap_HasTheSixAreasOfTheIssuesTitledInEnglishAndChinese(bool managed)
    {
        var areas = SiteMap(managed ? Packages.Managed : Packages.Unmanaged).Element("SiteMap")!.Elements("Area").ToList();

        Assert.Equal(["My Performance", "My Team", "Commission", "Reviews", "Growth & Feedback", "Configuration"], areas.Select(a => Title(a, "1033")));
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
    public void MyPerformance_OpensMyDashboardScorecardPageMyViewsAndTheSalesTables()
    {
        var mine = Area("My Performance");

        Assert.Equal(RepDashboard, (string?)Assert.Single(mine.Descendants("SubArea"), s => s.Attribute("DefaultDashboard") is not null).Attribute("DefaultDashboard"));
        Assert.Contains(mine.Descendants("SubArea"), s => (string?)s.Attribute("Url") == "$webresource:spm_/scorecard/scorecard.html");
        Assert.Equal([("spm_target", MyCurrentTargets), ("spm_commissionstatement", MyStatements), ("spm_review", MyReviews)], Views(mine));
        Assert.Equal(["lead", "appointment", "phonecall", "opportunity", "salesorder", "invoice"], Tables(mine)); // leads, visits and phone calls feed the process KPIs (issue 14)
    }

    [Fact]
    public void MyTeam_OpensTheManagerDashboardAndTheTeamViews()
    {
        var team = Area("My Team");
        var dashboard = Assert.Single(team.Descendants("SubArea"), s => s.Attribute("DefaultDashboard") is not null);

        // solution-format 8: the dashboard page URL and the form id without braces.
        Assert.Equal("/workplace/home_dashboards.aspx", (string?)dashboard.Attribute("Url"));
        Assert.Equal(ManagerDashboard, (string?)dashboard.Attribute("DefaultDashboard"));
        Assert.Equal(
            [("spm_target", TeamTargetsThisQuarter), ("spm_target", TeamBehindPace), ("spm_target", TeamProjectedToMiss), ("spm_scorecard", TeamScorecardsThisYear)],
            Views(team));
        Assert.Equal(["systemuser"], Tables(team));
    }

    [Fact]
    public void EveryViewASubAreaOpens_IsAViewOfTheZip()
    {
        var savedQueries = Packages.Customizations(Packages.Managed).Descendants("savedquery").Select(q => q.Element("savedqueryid")!.Value).ToHashSet();
        var opened = SiteMap(Packages.Managed).Descendants("Area").SelectMany(Views).ToList();

        Assert.Equal(25, opened.Count); // 13 + OKRs and check-ins 7 + feedback and development 5 (issue 15)
        Assert.All(opened, view => Assert.Contains(view.View, savedQueries));
    }

    [Fact]
    public void CommissionReviewsAndConfiguration_OpenTheirTables()
    {
        Assert.Equal(
            ["spm_commissionstatement", "spm_dealsplit", "spm_commissionplan", "spm_commissiontier", "spm_planassignment"],
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
