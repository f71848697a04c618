using System;
using System.IO;
using System.Linq;
using System.Text;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class PackingTests
{
    private const string PluginAssemblyId = "5B0F3C6E-2D4A-4F7E-9A51-3C8E7D2B1F60";

    [Fact]
    public void Pack_SameInputTwice_ProducesIdenticalBytes()
    {
        var first = SolutionPacker.Pack(Repository.Input(managed: true));
        var second = SolutionPacker.Pack(Repository.Input(managed: true));

        Assert.Equal(first, second);
        Assert.Equal(Packages.Unmanaged, SolutionPacker.Pack(Repository.Input(managed: false)));
    }

    [Fact]
    public void Pack_RealSource_WritesEntriesInTheOrderOfA92Export()
    {
        var names = Packages.EntryNames(Packages.Managed);

        // solution-format 1.1: customizations.xml, solution.xml, component files, [Content_Types].xml last.
        Assert.Equal("customizations.xml", names[0]);
        Assert.Equal("solution.xml", names[1]);
        Assert.Equal("[Content_Types].xml", names[^1]);
        Assert.Contains($"PluginAssemblies/SalesPerf.Plugins-{PluginAssemblyId}/SalesPerf.Plugins.dll", names);
        Assert.DoesNotContain(names, n => n.EndsWith('/') || n.StartsWith('/') || n.Contains('\\', StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_RealSource_CarriesTheBuiltNet462DllUnchanged()
    {
        var dll = PackInput.PluginDllPath(Repository.Root, Repository.Configuration);

        var packed = Packages.Entry(Packages.Managed, $"PluginAssemblies/SalesPerf.Plugins-{PluginAssemblyId}/SalesPerf.Plugins.dll");

        Assert.Equal(File.ReadAllBytes(dll), packed);
    }

    [Fact]
    public void Pack_RealSource_NeverPacksTheSdkStandIn()
    {
        Assert.DoesNotContain(Packages.EntryNames(Packages.Managed), n => n.Contains("Microsoft.Xrm.Sdk", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ZipFileName_ManagedAndUnmanaged_SayWhichKindTheyAre()
    {
        var manifest = Repository.Input(managed: true).Manifest;

        // Apollo-M ApolloHospitalProject_1_0_0_3_managed.zip, Apollo-U ApolloHospitalProject_1_0_0_4.zip (solution-format 0).
        Assert.Equal("SalesPerf_1_0_0_0_managed.zip", manifest.ZipFileName(managed: true));
        Assert.Equal("SalesPerf_1_0_0_0_unmanaged.zip", manifest.ZipFileName(managed: false));
    }

    [Fact]
    public void PackBoth_OutputFolder_WritesBothZips()
    {
        var folder = Path.Combine(Path.GetTempPath(), "spm-pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = SolutionPacker.PackBoth(Repository.Input(managed: true), folder);

            Assert.Equal(["SalesPerf_1_0_0_0_managed.zip", "SalesPerf_1_0_0_0_unmanaged.zip"], paths.Select(Path.GetFileName));
            Assert.Equal(Packages.Managed, File.ReadAllBytes(paths[0]));
            Assert.Equal(Packages.Unmanaged, File.ReadAllBytes(paths[1]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Pack_ManagedAndUnmanaged_DifferOnlyInTheManagedFlag()
    {
        Assert.Equal(Packages.Entry(Packages.Managed, "customizations.xml"), Packages.Entry(Packages.Unmanaged, "customizations.xml"));

        var managed = Encoding.UTF8.GetString(Packages.Entry(Packages.Managed, "solution.xml"));
        var unmanaged = Encoding.UTF8.GetString(Packages.Entry(Packages.Unmanaged, "solution.xml"));
        Assert.Contains("<Managed>1</Managed>", managed, StringComparison.Ordinal);
        Assert.Equal(managed.Replace("<Managed>1</Managed>", "<Managed>0</Managed>", StringComparison.Ordinal), unmanaged);
    }

    [Fact]
    public void Pack_XmlParts_UseTheEncodingOfARealExport()
    {
        var customizations = Packages.Entry(Packages.Managed, "customizations.xml");
        var manifest = Packages.Entry(Packages.Managed, "solution.xml");
        var contentTypes = Packages.Entry(Packages.Managed, "[Content_Types].xml");

        // solution-format 1.2: no BOM and no declaration; CRLF; [Content_Types].xml with BOM, declaration, one line.
        Assert.StartsWith("<ImportExportXml", Encoding.UTF8.GetString(customizations), StringComparison.Ordinal);
        Assert.StartsWith("<ImportExportXml", Encoding.UTF8.GetString(manifest), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", Encoding.UTF8.GetString(customizations).Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], contentTypes.Take(3));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><Types", Encoding.UTF8.GetString(contentTypes.AsSpan(3)), StringComparison.Ordinal);
        Assert.DoesNotContain((byte)'\n', contentTypes);
    }

    [Fact]
    public void Pack_ZipHeaders_MatchTheFieldsOfARealExport()
    {
        var zip = Packages.Managed;
        var central = FindCentralDirectory(zip);

        // solution-format 1.1: Deflate (8), flag bit 1 (2), made by 45 on MS-DOS (0), needs 20, no comment.
        Assert.Equal(45, zip[central + 4]);
        Assert.Equal(0, zip[central + 5]);
        Assert.Equal(20, BitConverter.ToUInt16(zip, central + 6));
        Assert.Equal(2, BitConverter.ToUInt16(zip, central + 8));
        Assert.Equal(8, BitConverter.ToUInt16(zip, central + 10));
        Assert.Equal(0, BitConverter.ToUInt16(zip, zip.Length - 2));
    }

    private static int FindCentralDirectory(byte[] zip)
    {
        var end = zip.Length - 22;
        Assert.Equal(0x06054b50u, BitConverter.ToUInt32(zip, end));
        return (int)BitConverter.ToUInt32(zip, end + 16);
    }
}
