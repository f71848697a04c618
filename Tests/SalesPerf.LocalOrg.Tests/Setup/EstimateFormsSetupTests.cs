using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Setup;

namespace SalesPerf.LocalOrg.Tests.Setup;

/// <summary>
/// Complete setup puts the estimate on the organisation's own Opportunity main forms (docs/domain-rules.md "The estimate
/// on the stock Opportunity form"): the stock form's id is not public, so the forms are found by query (systemform,
/// objecttypecode opportunity, type 2) and get the form libraries and OnLoad handler once. Proven with no such form,
/// one stock form beside other forms, and several main forms.
/// </summary>
public sealed class EstimateFormsSetupTests
{
    private const string StockFormXml =
        "<form><tabs><tab name=\"Summary\" id=\"{11111111-1111-1111-1111-111111111111}\"><columns><column width=\"100%\"><sections /></column></columns></tab></tabs>" +
        "<events><event name=\"onload\" application=\"true\" active=\"true\"><Handlers>" +
        "<Handler functionName=\"Sales.Opportunity.onLoad\" libraryName=\"Sales/Opportunity/Opportunity_main.js\" handlerUniqueId=\"{22222222-2222-2222-2222-222222222222}\" enabled=\"true\" parameters=\"\" passExecutionContext=\"true\" />" +
        "</Handlers></event></events>" +
        "<formLibraries><Library name=\"Sales/Opportunity/Opportunity_main.js\" libraryUniqueId=\"{33333333-3333-3333-3333-333333333333}\" /></formLibraries>" +
        "<Navigation /></form>";

    private const string BareFormXml = "<form><tabs /></form>";

    [Fact]
    public void CompleteSetup_NoOpportunityMainForm_RegistersStepsAndChangesNoForm()
    {
        var org = AfterImport();
        var quickCreate = Form(org, "Opportunity Quick Create", "opportunity", 7, BareFormXml);

        var response = org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        Assert.Empty(Lines(response, CompleteSetupPlugin.EstimateFormsProperty));
        Assert.Empty(Lines(response, CompleteSetupPlugin.EstimateFormsAlreadyProperty));
        Assert.Equal(5, Lines(response, CompleteSetupPlugin.RegisteredProperty).Count);
        Assert.Equal(BareFormXml, FormXml(org, quickCreate));
        Assert.Empty(org.PublishedTables);
    }

    [Fact]
    public void CompleteSetup_StockMainForm_GetsLibrariesAndHandlerKeepingItsOwn_OtherFormsUntouched_OncePublished()
    {
        var org = AfterImport();
        var stock = Form(org, "Opportunity", "opportunity", 2, StockFormXml);
        var quickCreate = Form(org, "Opportunity Quick Create", "opportunity", 7, BareFormXml);
        var account = Form(org, "Account", "account", 2, BareFormXml);

        var response = org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        Assert.Equal(["Opportunity"], Lines(response, CompleteSetupPlugin.EstimateFormsProperty));
        var form = XElement.Parse(FormXml(org, stock));
        Assert.Equal(
            ["Sales/Opportunity/Opportunity_main.js", "spm_/shared/i18n.js", "spm_/shared/format.js", "spm_/shared/xrm.js", "spm_/forms/opportunity.js"],
            form.Element("formLibraries")!.Elements("Library").Select(l => (string)l.Attribute("name")!));
        var handlers = Assert.Single(form.Element("events")!.Elements("event")).Element("Handlers")!.Elements("Handler").ToList();
        Assert.Equal(["Sales.Opportunity.onLoad", "SalesPerf.Opportunity.onLoad"], handlers.Select(h => (string)h.Attribute("functionName")!));
        Assert.Equal("spm_/forms/opportunity.js", (string)handlers[1].Attribute("libraryName")!);
        Assert.Equal("true", (string)handlers[1].Attribute("passExecutionContext")!);
        Assert.Equal("true", (string)handlers[1].Attribute("enabled")!);
        Assert.Equal(["tabs", "events", "formLibraries", "Navigation"], form.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(BareFormXml, FormXml(org, quickCreate));
        Assert.Equal(BareFormXml, FormXml(org, account));
        Assert.Equal(["opportunity"], org.PublishedTables);

        var again = org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        Assert.Empty(Lines(again, CompleteSetupPlugin.EstimateFormsProperty));
        Assert.Equal(["Opportunity"], Lines(again, CompleteSetupPlugin.EstimateFormsAlreadyProperty));
        Assert.Equal(form.ToString(SaveOptions.DisableFormatting), FormXml(org, stock));
        Assert.Equal(["opportunity"], org.PublishedTables);
    }

    [Fact]
    public void CompleteSetup_SeveralMainForms_EachGetsTheEstimate_FormWithoutEventsGetsThemInExportOrder()
    {
        var org = AfterImport();
        var stock = Form(org, "Opportunity", "opportunity", 2, StockFormXml);
        var field = Form(org, "Field Sales Opportunity", "opportunity", 2, "<form><tabs /><header /><DisplayConditions /></form>");

        var response = org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        Assert.Equal(["Field Sales Opportunity", "Opportunity"], Lines(response, CompleteSetupPlugin.EstimateFormsProperty));
        var bare = XElement.Parse(FormXml(org, field));
        Assert.Equal(["tabs", "header", "events", "formLibraries", "DisplayConditions"], bare.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(EstimateFormScript.Libraries, bare.Element("formLibraries")!.Elements("Library").Select(l => (string)l.Attribute("name")!));
        Assert.Contains("SalesPerf.Opportunity.onLoad", FormXml(org, stock), StringComparison.Ordinal);
        // Ids are derived from each form's id: stable for a form, distinct across forms.
        var ids = new[] { stock, field }.Select(id => XElement.Parse(FormXml(org, id)).Descendants("Handler").Single(h => (string)h.Attribute("functionName")! == EstimateFormScript.HandlerFunction).Attribute("handlerUniqueId")!.Value).ToList();
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal(["opportunity"], org.PublishedTables);
    }

    [Fact]
    public void CompleteSetup_RefusedForARep_NoFormChanged()
    {
        var org = AfterImport();
        var stock = Form(org, "Opportunity", "opportunity", 2, StockFormXml);
        var rep = org.CreateUser("Li Na");
        org.AssignRole(rep, "SalesPerf Rep");

        Assert.ThrowsAny<Exception>(() => org.ServiceFor(rep).Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName)));

        Assert.Equal(StockFormXml, FormXml(org, stock));
        Assert.Empty(org.PublishedTables);
    }

    [Fact]
    public void EstimateScript_SameLibrariesAndHandlerAsThePackedOpportunityForm()
    {
        var path = System.IO.Path.Combine(SalesPerf.SolutionModel.SolutionMetadata.FindRepositoryRoot(AppContext.BaseDirectory), "Solution", "Forms", "opportunity.main.json");
        using var source = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var root = source.RootElement;

        Assert.Equal(EstimateFormScript.Libraries, root.GetProperty("libraries").EnumerateArray().Select(l => l.GetString()!));
        var handler = Assert.Single(root.GetProperty("handlers").EnumerateArray());
        Assert.Equal("onload", handler.GetProperty("event").GetString());
        Assert.Equal(EstimateFormScript.HandlerLibrary, handler.GetProperty("library").GetString());
        Assert.Equal(EstimateFormScript.HandlerFunction, handler.GetProperty("function").GetString());
    }

    private static LocalOrganization AfterImport() => new(new LocalOrganizationOptions { CompleteSetup = false });

    private static Guid Form(LocalOrganization org, string name, string table, int type, string formXml) =>
        org.Service.Create(new Entity("systemform")
        {
            ["name"] = name,
            ["objecttypecode"] = table,
            ["type"] = new OptionSetValue(type),
            ["formxml"] = formXml,
        });

    private static string FormXml(LocalOrganization org, Guid formId) =>
        org.Rows("systemform").Single(r => r.Id == formId).GetAttributeValue<string>("formxml");

    private static List<string> Lines(OrganizationResponse response, string property) =>
        ((string)response[property]).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
