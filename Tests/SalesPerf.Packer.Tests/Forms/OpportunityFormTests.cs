using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.Forms;

/// <summary>
/// The commission estimate on the opportunity: SalesPerf's own main form of the platform table (a new, complete form with
/// its own id, as a real export carries a form a solution adds), registering the opportunity script as a form library
/// and SalesPerf.Opportunity.onLoad as its OnLoad handler.
/// </summary>
public sealed class OpportunityFormTests
{
    public static TheoryData<bool> Kinds() => new() { true, false };

    private static XElement Form(bool managed) =>
        Packages.Customizations(managed ? Packages.Managed : Packages.Unmanaged).Element("Entities")!.Elements("Entity")
            .Single(e => e.Element("Name")!.Value == "Opportunity").Element("FormXml")!.Element("forms")!.Element("systemform")!;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void OpportunityForm_BothZips_RegisterTheLibrariesAndTheOnLoadHandler(bool managed)
    {
        var body = Form(managed).Element("form")!;

        Assert.Equal(["spm_/shared/i18n.js", "spm_/shared/format.js", "spm_/shared/xrm.js", "spm_/forms/opportunity.js"],
            body.Element("formLibraries")!.Elements("Library").Select(l => (string)l.Attribute("name")!));
        Assert.All(body.Element("formLibraries")!.Elements("Library"), l => Assert.True(Guid.TryParse((string)l.Attribute("libraryUniqueId")!, out _)));
        var onLoad = Assert.Single(body.Element("events")!.Elements("event"));
        Assert.Equal("onload", (string?)onLoad.Attribute("name"));
        var handler = Assert.Single(onLoad.Element("Handlers")!.Elements("Handler"));
        Assert.Equal("SalesPerf.Opportunity.onLoad", (string?)handler.Attribute("functionName"));
        Assert.Equal("spm_/forms/opportunity.js", (string?)handler.Attribute("libraryName"));
        Assert.Equal("true", (string?)handler.Attribute("passExecutionContext"));
        Assert.Equal("true", (string?)handler.Attribute("enabled"));
        Assert.Contains(body.Descendants("control"), c => (string?)c.Attribute("datafieldname") == "estimatedvalue");
        Assert.Contains(body.Descendants("control"), c => (string?)c.Attribute("datafieldname") == "estimatedclosedate");
    }

    [Fact]
    public void OpportunityForm_IsARootComponentAndValidAgainstFormXml()
    {
        var id = Form(managed: true).Element("formid")!.Value.Trim('{', '}');
        var roots = Packages.Manifest(Packages.Managed).Element("RootComponents")!.Elements("RootComponent");

        Assert.Contains(roots, r => (string?)r.Attribute("type") == "60" && string.Equals(((string?)r.Attribute("id"))?.Trim('{', '}'), id, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(FormSchema.Validate(Form(managed: true).Element("form")!));
    }
}
