using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.App;

public sealed class AppCheckTests
{
    private static CheckReport Check(byte[] zip) => PackageChecker.Check(zip, Repository.Metadata, strict: true);

    private static XElement Dashboard(XElement root) =>
        root.Element("Dashboards")!.Elements("Dashboard").Single(d => d.Element("FormId")!.Value == "{d9ab1f18-13a3-44a0-8d18-1ec8c0ab69c9}");

    private static XElement Tile(XElement root, string table, string mode) =>
        Dashboard(root).Descendants("control").First(c => c.Element("parameters")?.Element("TargetEntityType")?.Value == table
            && c.Element("parameters")!.Element("ChartGridMode")!.Value == mode);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_RealPackage_PassesEveryAppRule(bool managed)
    {
        var report = Check(managed ? Packages.Managed : Packages.Unmanaged);

        Assert.True(report.Passed, report.ToString());
        Assert.Contains("charts", report.CheckedRules);
        Assert.Contains("dashboards", report.CheckedRules);
        Assert.Contains("site map", report.CheckedRules);
        Assert.Contains("app modules", report.CheckedRules);
    }

    [Fact]
    public void Check_DashboardTileNamesAMissingView_FailsNamingDashboardTileAndView()
    {
        var missing = Guid.NewGuid().ToString("B");
        string? dashboard = null;
        string? tile = null;
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var control = Tile(root, "spm_review", "Grid");
            control.Element("parameters")!.Element("ViewId")!.Value = missing;
            dashboard = $"dashboard '{Dashboard(root).Element("LocalizedNames")!.Elements().First().Attribute("description")!.Value}' ({Dashboard(root).Element("FormId")!.Value})";
            tile = (string)control.Attribute("id")!;
        });

        var report = Check(broken);

        Assert.Contains(new CheckFailure("dashboards", $"{dashboard} tile '{tile}' names the view {missing} of spm_review, which the zip does not contain."), report.Failures);
    }

    [Fact]
    public void Check_DashboardTileNamesAMissingChart_Fails()
    {
        var missing = Guid.NewGuid().ToString("B");
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Tile(root, "spm_target", "Chart").Element("parameters")!.Element("VisualizationId")!.Value = missing);

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "dashboards" && f.Message.EndsWith($"names the chart {missing} of spm_target, which the zip does not contain.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SiteMapSubAreaNamesAMissingTable_FailsNamingSiteMapSubAreaAndTable()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Descendants("SubArea").Single(s => (string?)s.Attribute("Id") == "spm_sub_kpis").SetAttributeValue("Entity", "spm_missing"));

        var report = Check(broken);

        Assert.Contains(
            new CheckFailure("site map", "site map 'spm_SalesPerformance' sub-area 'spm_sub_kpis' names the table 'spm_missing', which neither the package nor the known system tables define."),
            report.Failures);
    }

    [Fact]
    public void Check_SiteMapSubAreaOpensAMissingDashboard_Fails()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Descendants("SubArea").Single(s => (string?)s.Attribute("Id") == "spm_sub_dashboard").SetAttributeValue("DefaultDashboard", "00000000-0000-0000-0000-000000000001"));

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "site map"
            && f.Message.EndsWith("opens the dashboard 00000000-0000-0000-0000-000000000001, which the zip does not contain.", StringComparison.Ordinal));
    }

    private const string MissingSetupPage =
        "site map 'spm_SalesPerformance' sub-area 'spm_sub_completesetup' opens the web resource '{0}', which the zip does not contain (no WebResource of that name with its file).";

    [Fact]
    public void Check_SiteMapSubAreaOpensAMissingWebResource_FailsNamingSiteMapSubAreaAndWebResource()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Descendants("SubArea").Single(s => (string?)s.Attribute("Id") == "spm_sub_completesetup")
                .SetAttributeValue("Url", "$webresource:spm_/setup/missing.html"));

        var report = Check(broken);

        Assert.Contains(new CheckFailure("site map", string.Format(CultureInfo.InvariantCulture, MissingSetupPage, "spm_/setup/missing.html")), report.Failures);
    }

    [Fact]
    public void Check_SiteMapSubAreaOpensAWebResourceWhoseFileIsMissing_Fails()
    {
        var file = Packages.Customizations(Packages.Managed).Element("WebResources")!.Elements("WebResource")
            .Single(w => w.Element("Name")!.Value == "spm_/setup/setup.html").Element("FileName")!.Value.TrimStart('/');
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { [file] = null });

        var report = Check(broken);

        Assert.Contains(new CheckFailure("site map", string.Format(CultureInfo.InvariantCulture, MissingSetupPage, "spm_/setup/setup.html")), report.Failures);
    }

    [Fact]
    public void Check_SiteMapAreaIdWithASpace_FailsTheSiteMapSchema()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Descendants("AppModuleSiteMap").Descendants("Area").First().SetAttributeValue("Id", "my area"));

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "site map" && f.Message.Contains("is not valid against SiteMap.xsd", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AppMapsAnUnknownRole_FailsNamingAppAndRole()
    {
        const string unknown = "{00000000-0000-0000-0000-0000000000aa}";
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Descendants("AppModuleRoleMaps").Single().Add(new XElement("Role", new XAttribute("id", unknown))));

        var report = Check(broken);

        Assert.Contains(
            new CheckFailure("app modules", $"app 'spm_SalesPerformance' maps the role {unknown}, which is neither a Role of the zip nor the platform's System Administrator or System Customizer."),
            report.Failures);
    }

    [Fact]
    public void Check_AppMapsSystemAdministratorAndCustomizer_Passes()
    {
        // solution-format 11: the platform roles real exports map apps to.
        var extended = Packages.WithCustomizations(Packages.Managed, root => root.Descendants("AppModuleRoleMaps").Single().Add(
            new XElement("Role", new XAttribute("id", "{627090ff-40a3-4053-8790-584edc5be201}")),
            new XElement("Role", new XAttribute("id", "{119f245c-3cc8-4b62-b31c-d1a046ced15d}"))));

        Assert.DoesNotContain(Check(extended).Failures, f => f.Rule == "app modules");
    }

    [Fact]
    public void Check_AppComponentNamesAMissingViewOrTable_Fails()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var components = root.Descendants("AppModuleComponents").Single();
            components.Add(new XElement("AppModuleComponent", new XAttribute("type", "26"), new XAttribute("id", "{00000000-0000-0000-0000-0000000000bb}")));
            components.Add(new XElement("AppModuleComponent", new XAttribute("type", "1"), new XAttribute("schemaName", "spm_missing")));
        });

        var failures = Check(broken).Failures.Where(f => f.Rule == "app modules").Select(f => f.Message).ToList();

        Assert.Contains("app 'spm_SalesPerformance' component type 26 {00000000-0000-0000-0000-0000000000bb} names a view the zip does not contain.", failures);
        Assert.Contains("app 'spm_SalesPerformance' component type 1 spm_missing names a table that neither the package nor the known system tables define.", failures);
    }

    [Fact]
    public void Check_AppModuleChildOutOfExportOrder_FailsNamingAppAndElement()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var app = root.Descendants("AppModule").Single();
            var names = app.Element("LocalizedNames")!;
            names.Remove();
            app.AddFirst(names);
        });

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "app modules"
            && f.Message.StartsWith("app 'spm_SalesPerformance': <UniqueName> comes after <LocalizedNames>, but a real export writes it earlier", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SiteMapSettingMisspelt_FailsNamingTheElement()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Descendants("AppModuleSiteMap").Single().Element("ShowHome")!.Name = "Showhome");

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "site map"
            && f.Message.StartsWith("site map 'spm_SalesPerformance' has the child <Showhome>, which a real export does not write there", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ChartGroupsByAMissingColumn_FailsNamingChartAndColumn()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Descendants("visualization").Descendants("attribute").Single(a => (string?)a.Attribute("name") == "spm_kpiid").SetAttributeValue("name", "spm_nosuchcolumn"));

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "charts" && f.Message.StartsWith("chart 'Attainment by KPI' (", StringComparison.Ordinal)
            && f.Message.EndsWith("of spm_target groups by the column spm_target.spm_nosuchcolumn, which does not exist.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ChartWithoutCategories_FailsTheDataDescriptionSchema()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Descendants("visualization").First().Descendants("categorycollection").Single().Remove());

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "charts" && f.Message.Contains("is not valid against VisualizationDataDescription.xsd", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ChartWithAnInvalidAggregate_FailsTheFetchSchema()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Descendants("visualization").First().Descendants("attribute").Single(a => a.Attribute("aggregate") is not null).SetAttributeValue("aggregate", "median"));

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "charts" && f.Message.Contains("FetchXML is not valid against Fetch.xsd", StringComparison.Ordinal));
    }
}
