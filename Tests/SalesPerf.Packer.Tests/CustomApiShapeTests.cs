using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

/// <summary>
/// The custom API files, element by element, against a real managed export of a custom API
/// (Reference/customapi-real-managed: driv_GetTableInfo, one request parameter, one response property).
/// </summary>
public sealed class CustomApiShapeTests
{
    private static XElement Real(string file) => RealExports.ReferenceXml("customapi-real-managed", file);

    private static string[] Names(XElement element) => element.Elements().Select(e => e.Name.LocalName).ToArray();

    private static XElement Packed(string entry) => Packages.Xml(Packages.Managed, entry).Root!;

    [Fact]
    public void CustomApi_UnboundWithoutPrivilege_HasExactlyTheElementsOfTheRealExport()
    {
        // spm_GetLeaderboard: unbound, anyone may call it, not private, no workflow step: nothing optional to write.
        var packed = Packed("customapis/spm_GetLeaderboard/customapi.xml");

        Assert.Equal(Names(Real("customapi.xml")), Names(packed));
    }

    [Fact]
    public void RequestParameter_WithoutTable_HasExactlyTheElementsOfTheRealExport()
    {
        var packed = Packed("customapis/spm_DecomposeTarget/customapirequestparameters/Weights/customapirequestparameter.xml");

        Assert.Equal(Names(Real("customapirequestparameter.xml")), Names(packed));
    }

    [Fact]
    public void ResponseProperty_HasExactlyTheElementsOfTheRealExport()
    {
        var packed = Packed("customapis/spm_GetLeaderboard/customapiresponseproperties/Rows/customapiresponseproperty.xml");

        Assert.Equal(Names(Real("customapiresponseproperty.xml")), Names(packed));
    }

    [Fact]
    public void EveryCustomApiFile_IsCustomizableAndWritesNoEmptyElement()
    {
        var files = Packages.EntryNames(Packages.Managed).Where(n => n.StartsWith("customapis/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var root = Packed(file);
            Assert.Equal("1", root.Element("iscustomizable")?.Value);
            Assert.DoesNotContain(root.Descendants(), e => !e.HasElements && !e.HasAttributes && e.Value.Length == 0);
        }
    }

    [Fact]
    public void CustomApi_PluginTypeId_IsWrittenWithoutBracesAsTheRealExportDoes()
    {
        var real = Real("customapi.xml").Element("plugintypeid")!.Element("plugintypeid")!.Value;
        var packed = Packed("customapis/spm_GetLeaderboard/customapi.xml").Element("plugintypeid")!.Element("plugintypeid")!.Value;

        Assert.True(Guid.TryParseExact(real, "D", out _));
        Assert.True(Guid.TryParseExact(packed, "D", out _), packed);
    }

    [Fact]
    public void CustomApi_WithExecutePrivilege_WritesItBetweenDisplayNameAndIsCustomizable()
    {
        var names = Names(Packed("customapis/spm_DecomposeTarget/customapi.xml"));

        Assert.Equal(["displayname", "executeprivilegename", "iscustomizable"], names.SkipWhile(n => n != "displayname").Take(3));
    }
}
