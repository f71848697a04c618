using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class WebResourceTests
{
    private static IReadOnlyList<WebResourceDefinition> Resources => Repository.Input(managed: true).WebResources;

    [Fact]
    public void Load_RealSource_ListsEveryFileOfWebResourcesJsonAndNothingElse()
    {
        var names = Resources.Select(r => r.Name).ToList();

        // 19 pages and scripts, and the 9 of the command bar (spm_/commands/: the command library, its calls, the dialog
        // frame and three dialog pages with their scripts).
        Assert.Equal(28, names.Count);
        Assert.Equal(9, names.Count(n => n.StartsWith("spm_/commands/", StringComparison.Ordinal)));
        Assert.Contains("spm_/setup/setup.html", names);
        Assert.Contains("spm_/scorecard/scorecard.html", names);
        Assert.Contains("spm_/shared/page.css", names);
        Assert.All(names, n => Assert.StartsWith("spm_/", n, StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("tests", StringComparison.OrdinalIgnoreCase) || n.Contains("node_modules", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pack_RealSource_CarriesEachWebResourceAsAnExportDoes(bool managed)
    {
        var zip = managed ? Packages.Managed : Packages.Unmanaged;
        var names = Packages.EntryNames(zip);
        var definitions = Packages.Customizations(zip).Element("WebResources")!.Elements("WebResource").ToList();
        var roots = Packages.Manifest(zip).Element("RootComponents")!.Elements("RootComponent").Where(r => (string)r.Attribute("type")! == "61").ToList();
        var overrides = Packages.Xml(zip, "[Content_Types].xml").Root!.Elements().Select(e => (string?)e.Attribute("PartName")).ToList();

        Assert.Equal(Resources.Count, definitions.Count);
        Assert.Equal(Resources.Count, names.Count(n => n.StartsWith("WebResources/", StringComparison.Ordinal)));
        foreach (var resource in Resources)
        {
            var entry = "WebResources/" + resource.Name.Replace("/", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
                + resource.Id.ToString("D").ToUpperInvariant();
            var file = Path.Combine(Repository.Root, "WebResources", resource.Name.Replace('/', Path.DirectorySeparatorChar));
            Assert.Equal(File.ReadAllBytes(file), Packages.Entry(zip, entry));
            Assert.Contains("/" + entry, overrides);

            var element = Assert.Single(definitions, d => d.Element("Name")!.Value == resource.Name);
            Assert.Equal(
                ["WebResourceId", "Name", "DisplayName", "Description", "LanguageCode", "WebResourceType", "IntroducedVersion", "IsEnabledForMobileClient",
                    "IsAvailableForMobileOffline", "IsCustomizable", "CanBeDeleted", "IsHidden", "FileName"],
                element.Elements().Select(e => e.Name.LocalName));
            Assert.Equal(resource.Id.ToString("B"), element.Element("WebResourceId")!.Value);
            Assert.Equal(resource.DisplayName.English, element.Element("DisplayName")!.Value);
            Assert.Equal("0", element.Element("LanguageCode")!.Value);
            Assert.Equal("/" + entry, element.Element("FileName")!.Value);

            var root = Assert.Single(roots, r => (string?)r.Attribute("schemaName") == resource.Name);
            Assert.Null(root.Attribute("id"));
        }
    }

    [Fact]
    public void Pack_WebResourceTypes_FollowWebResourcesJson()
    {
        var types = Packages.Customizations(Packages.Managed).Element("WebResources")!.Elements("WebResource")
            .ToDictionary(w => w.Element("Name")!.Value, w => w.Element("WebResourceType")!.Value);

        Assert.Equal("1", types["spm_/statement/statement.html"]);
        Assert.Equal("2", types["spm_/shared/page.css"]);
        Assert.Equal("3", types["spm_/forms/opportunity.js"]);
    }

    [Fact]
    public void WebResourceId_WithoutIdInJson_IsDerivedFromTheNameOnEveryPack()
    {
        var css = Assert.Single(Resources, r => r.Name == "spm_/shared/page.css");

        Assert.Equal(WebResourceSource.DeriveId("spm_/shared/page.css"), css.Id);
        Assert.Equal(css.Id, WebResourceSource.Load(Repository.Root).Single(r => r.Name == css.Name).Id);
        Assert.NotEqual(css.Id, WebResourceSource.DeriveId("spm_/shared/page2.css"));
        Assert.Equal(Resources.Count, Resources.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Pack_SameInputTwice_WritesIdenticalWebResourceEntries()
    {
        var again = SolutionPacker.Pack(Repository.Input(managed: true));

        Assert.Equal(Packages.Managed, again);
        foreach (var name in Packages.EntryNames(again).Where(n => n.StartsWith("WebResources/", StringComparison.Ordinal)))
        {
            Assert.Equal(Packages.Entry(Packages.Managed, name), Packages.Entry(again, name));
        }
    }

    [Fact]
    public void Check_WebResourceFileRemoved_FailsNamingTheResourceAndTheFile()
    {
        var resource = Assert.Single(Resources, r => r.Name == "spm_/shared/format.js");
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { [resource.EntryName] = null });

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: true);

        Assert.False(report.Passed);
        Assert.Contains(
            new CheckFailure(
                "web resources",
                $"web resource 'spm_/shared/format.js' ({resource.Id:B}): customizations.xml names the file {resource.EntryName}, which the zip does not contain."),
            report.Failures);
    }

    [Fact]
    public void Check_WebResourceFileWithoutDefinition_FailsNamingTheFile()
    {
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { ["WebResources/spm_extrajs"] = [1, 2, 3] });

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: true);

        Assert.Contains(
            new CheckFailure("web resources", "the zip contains WebResources/spm_extrajs, which no WebResource in customizations.xml names."),
            report.Failures);
    }

    [Fact]
    public void Check_WebResourceWithoutRootComponent_Fails()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Element("WebResources")!.Add(new System.Xml.Linq.XElement(
                "WebResource",
                new System.Xml.Linq.XElement("WebResourceId", "{00000000-0000-0000-0000-000000000001}"),
                new System.Xml.Linq.XElement("Name", "spm_/x.js"),
                new System.Xml.Linq.XElement("FileName", "/WebResources/spm_xjs00000000-0000-0000-0000-000000000001"))));

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: true);

        Assert.Contains(
            new CheckFailure("web resources", "web resource 'spm_/x.js' ({00000000-0000-0000-0000-000000000001}) has no RootComponent type 61 with schemaName 'spm_/x.js' in solution.xml."),
            report.Failures);
        Assert.Contains(
            new CheckFailure("web resources", "web resource 'spm_/x.js' ({00000000-0000-0000-0000-000000000001}): customizations.xml names the file WebResources/spm_xjs00000000-0000-0000-0000-000000000001, which the zip does not contain."),
            report.Failures);
    }
}
