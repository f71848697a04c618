using System.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class ManifestTests
{
    [Fact]
    public void Manifest_Publisher_HasTheSpmPrefixAndOptionValuePrefix()
    {
        var publisher = Packages.Manifest(Packages.Managed).Element("Publisher")!;

        // domain.md 1: prefix spm, option value prefix 10000.
        Assert.Equal("spm", publisher.Element("UniqueName")!.Value);
        Assert.Equal("spm", publisher.Element("CustomizationPrefix")!.Value);
        Assert.Equal("10000", publisher.Element("CustomizationOptionValuePrefix")!.Value);
        Assert.Equal(2, publisher.Element("Addresses")!.Elements("Address").Count());
        Assert.Equal(["1033", "2052"], publisher.Element("LocalizedNames")!.Elements().Select(e => (string)e.Attribute("languagecode")!));
    }

    [Fact]
    public void Manifest_Identity_ComesFromSolutionJson()
    {
        var manifest = Packages.Manifest(Packages.Managed);

        Assert.Equal("SalesPerf", manifest.Element("UniqueName")!.Value);
        Assert.Equal(Repository.Input(managed: true).Manifest.VersionText, manifest.Element("Version")!.Value);
        Assert.Equal("1", manifest.Element("Managed")!.Value);
        Assert.Equal("0", Packages.Manifest(Packages.Unmanaged).Element("Managed")!.Value);
    }

    [Fact]
    public void Manifest_RootComponents_UseTheDocumentedTypeCodes()
    {
        var roots = Packages.Manifest(Packages.Managed).Element("RootComponents")!.Elements().ToList();
        var input = Repository.Input(managed: true);

        // solution-format 2.6: 1 table (logical name, behavior 0), 91 assembly (id and full name), 92 step (id).
        var tables = roots.Where(r => (string)r.Attribute("type")! == "1" && (string)r.Attribute("behavior")! == "0")
            .Select(r => (string)r.Attribute("schemaName")!);
        Assert.Equal(input.Metadata.Tables.Where(t => t.IsCustom).Select(t => t.LogicalName).Order(), tables.Order());

        var assembly = Assert.Single(roots, r => (string)r.Attribute("type")! == "91");
        Assert.Equal("{5b0f3c6e-2d4a-4f7e-9a51-3c8e7d2b1f60}", (string)assembly.Attribute("id")!);
        Assert.Equal(input.PluginAssembly.FullName, (string)assembly.Attribute("schemaName")!);

        var steps = roots.Where(r => (string)r.Attribute("type")! == "92").Select(r => (string)r.Attribute("id")!);
        var packed = input.Steps.Where(s => Steps.SdkMessageIds.TryGet(s.Message, out _));
        Assert.Equal(packed.Select(s => s.Id.ToString("B")).Order(), steps.Order());
    }

    [Fact]
    public void Manifest_ExtendedSystemTables_AreRootComponentsWithoutSubcomponents()
    {
        var roots = Packages.Manifest(Packages.Managed).Element("RootComponents")!.Elements()
            .Where(r => (string)r.Attribute("behavior")! == "1")
            .Select(r => (string)r.Attribute("schemaName")!);

        // domain.md 2: the engine stamps columns on opportunity, salesorder and invoice.
        Assert.Equal(["invoice", "lead", "opportunity", "salesorder"], roots); // lead carries spm_closedon (issue 14)
    }
}
