using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.App;

public sealed class AppModuleTests
{
    private const string AppName = "spm_SalesPerformance";

    private static XElement App(byte[] zip) => Assert.Single(Packages.Customizations(zip).Element("AppModules")!.Elements("AppModule"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void App_IsSalesPerformanceInEnglishAndChineseListedAsRootComponent80(bool managed)
    {
        var zip = managed ? Packages.Managed : Packages.Unmanaged;
        var app = App(zip);
        var names = app.Element("LocalizedNames")!.Elements("LocalizedName").ToDictionary(n => (string)n.Attribute("languagecode")!, n => (string)n.Attribute("description")!);

        Assert.Equal(AppName, app.Element("UniqueName")!.Value);
        Assert.Equal("Sales Performance", names["1033"]);
        Assert.Equal("销售绩效", names["2052"]);
        Assert.Contains(Packages.Manifest(zip).Element("RootComponents")!.Elements("RootComponent"),
            r => (string?)r.Attribute("type") == "80" && (string?)r.Attribute("schemaName") == AppName);
    }

    [Fact]
    public void App_ChildrenFollowTheExportOrder()
    {
        // solution-format 11 (Apollo-M), without the optional appelements and appsettings.
        Assert.Equal(
            ["UniqueName", "IntroducedVersion", "WebResourceId", "OptimizedFor", "statecode", "statuscode", "FormFactor", "ClientType",
                "NavigationType", "AppModuleComponents", "AppModuleRoleMaps", "LocalizedNames", "Descriptions"],
            App(Packages.Managed).Elements().Select(e => e.Name.LocalName));
        Assert.Equal("953b9fac-1e5e-e611-80d6-00155ded156f", App(Packages.Managed).Element("WebResourceId")!.Value);
    }

    [Fact]
    public void RoleMap_IsTheThreeSalesPerfRoles()
    {
        var roles = App(Packages.Managed).Element("AppModuleRoleMaps")!.Elements("Role").Select(r => (string)r.Attribute("id")!);

        Assert.Equal(
            ["{6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01}", "{6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e02}", "{6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e03}"],
            roles);
    }

    [Fact]
    public void Components_AreTheSiteMapTablesTheDashboardAndTheSiteMap()
    {
        var components = App(Packages.Managed).Element("AppModuleComponents")!.Elements("AppModuleComponent").ToList();
        var siteMapTables = Packages.Customizations(Packages.Managed).Descendants("SubArea").Select(s => (string?)s.Attribute("Entity")).OfType<string>().Distinct();
        var tables = components.Where(c => (string?)c.Attribute("type") == "1").Select(c => (string)c.Attribute("schemaName")!).ToList();
        var dashboardId = Packages.Customizations(Packages.Managed).Element("Dashboards")!.Element("Dashboard")!.Element("FormId")!.Value;

        Assert.All(siteMapTables, t => Assert.Contains(t, tables));
        Assert.Contains(components, c => (string?)c.Attribute("type") == "60" && (string?)c.Attribute("id") == dashboardId);
        Assert.Contains(components, c => (string?)c.Attribute("type") == "62" && (string?)c.Attribute("schemaName") == AppName);
    }

    [Theory]
    [InlineData("opportunity")]
    [InlineData("salesorder")]
    [InlineData("invoice")]
    [InlineData("systemuser")]
    public void App_PlatformTableOfTheSiteMap_IsAComponentAndAMissingDependencyOfTheApp(string table)
    {
        var components = App(Packages.Managed).Element("AppModuleComponents")!.Elements("AppModuleComponent");
        var dependencies = Packages.Manifest(Packages.Managed).Element("MissingDependencies")!.Elements("MissingDependency");

        Assert.Contains(components, c => (string?)c.Attribute("type") == "1" && (string?)c.Attribute("schemaName") == table);
        Assert.Contains(dependencies, d => (string?)d.Element("Required")!.Attribute("type") == "1"
            && (string?)d.Element("Required")!.Attribute("schemaName") == table
            && (string?)d.Element("Dependent")!.Attribute("type") == "80"
            && (string?)d.Element("Dependent")!.Attribute("schemaName") == AppName);
    }
}
