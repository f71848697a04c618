using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.SolutionModel.Flows;

namespace SalesPerf.Packer.Tests;

/// <summary>
/// Issue 16 item 3: the scheduled cloud flow of Solution/Flows is packed as a real export carries a modern flow
/// (microsoft/coe-starter-kit: Workflow Category 5 with JsonFileName, Workflows/&lt;Name&gt;-&lt;ID&gt;.json, a type-29 root
/// component, a connection reference), off as shipped, and spm check finds a broken one.
/// </summary>
public sealed class ScheduledFlowPackingTests
{
    private const string FlowId = "64a82ef2-e05e-4751-8aea-f9fa5282e500";
    private const string Entry = "Workflows/SalesPerfnightlypacerefresh-64A82EF2-E05E-4751-8AEA-F9FA5282E500.json";

    private static CheckReport Check(byte[] zip) => PackageChecker.Check(zip, Repository.Metadata, strict: true);

    private static XElement Workflow(XElement customizations) =>
        customizations.Element("Workflows")!.Elements("Workflow").Single(w => (string?)w.Attribute("WorkflowId") == "{" + FlowId + "}");

    [Fact]
    public void Pack_NightlyPaceRefresh_IsAnOffModernFlowWithItsDefinitionRootAndConnectionReference()
    {
        var workflow = Workflow(Packages.Customizations(Packages.Managed));

        Assert.Equal("SalesPerf nightly pace refresh", (string?)workflow.Attribute("Name"));
        Assert.Equal("/" + Entry, workflow.Element("JsonFileName")!.Value);
        Assert.Equal("5", workflow.Element("Category")!.Value);
        Assert.Equal("1", workflow.Element("Type")!.Value);
        Assert.Equal("4", workflow.Element("Scope")!.Value);
        Assert.Equal("0", workflow.Element("StateCode")!.Value); // Draft: off until an admin binds the connection and turns it on
        Assert.Equal("1", workflow.Element("StatusCode")!.Value);
        Assert.Equal("none", workflow.Element("PrimaryEntity")!.Value);
        Assert.Equal(
            ["1033:SalesPerf nightly pace refresh", "2052:SalesPerf 每夜进度刷新"],
            workflow.Element("LocalizedNames")!.Elements().Select(n => (string?)n.Attribute("languagecode") + ":" + (string?)n.Attribute("description")));
        Assert.Contains(Packages.Manifest(Packages.Managed).Element("RootComponents")!.Elements(),
            c => (string?)c.Attribute("type") == "29" && (string?)c.Attribute("id") == "{" + FlowId + "}" && (string?)c.Attribute("behavior") == "0");
        var reference = Packages.Customizations(Packages.Managed).Element("connectionreferences")!.Elements().Single();
        Assert.Equal("spm_salesperfdataverse", (string?)reference.Attribute("connectionreferencelogicalname"));
        Assert.Equal("/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps", reference.Element("connectorid")!.Value);
    }

    [Fact]
    public void Pack_Definition_IsTheSourceFlowsClientData_ADailyLoopOverRefreshPace()
    {
        var flow = ScheduledFlowSource.LoadFromRepository(AppContext.BaseDirectory).Single();
        var packed = Encoding.UTF8.GetString(Packages.Entry(Packages.Managed, Entry));

        Assert.Equal(ScheduledFlowJson.ClientData(flow), packed);
        var document = JsonNode.Parse(packed)!;
        Assert.Equal("spm_salesperfdataverse", (string?)document["properties"]!["connectionReferences"]!["shared_commondataserviceforapps"]!["connection"]!["connectionReferenceLogicalName"]);
        var definition = document["properties"]!["definition"]!;
        var recurrence = definition["triggers"]!["Recurrence"]!["recurrence"]!;
        Assert.Equal("Day", (string?)recurrence["frequency"]);
        Assert.Equal(1, (int)recurrence["interval"]!);
        Assert.Equal("UTC", (string?)recurrence["timeZone"]);
        Assert.Equal("2", (string?)recurrence["schedule"]!["hours"]![0]);
        var loop = definition["actions"]!["Until_the_run_is_done"]!;
        Assert.Equal("@equals(variables('IsDone'), true)", (string?)loop["expression"]);
        Assert.Equal(5000, (int)loop["limit"]!["count"]!);
        var call = loop["actions"]!["Run_one_slice"]!["inputs"]!;
        Assert.Equal("PerformUnboundAction", (string?)call["host"]!["operationId"]);
        Assert.Equal("spm_RefreshPace", (string?)call["parameters"]!["actionName"]);
        Assert.Equal("@variables('Cursor')", (string?)call["parameters"]!["item/Cursor"]);
        Assert.Equal(200, (int)call["parameters"]!["item/SliceSize"]!);
    }

    [Fact]
    public void Check_DefinitionFileMissing_Fails()
    {
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { [Entry] = null });

        var report = Check(broken);

        Assert.Contains(new CheckFailure("flows", $"flow 'SalesPerf nightly pace refresh' names the definition /{Entry}, which the zip does not hold."), report.Failures);
    }

    [Fact]
    public void Check_ConnectionReferenceNotDeclared_Fails()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root => root.Element("connectionreferences")!.RemoveNodes());

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "flows" && f.Message.Contains("connection reference 'spm_salesperfdataverse', which customizations.xml does not declare", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FlowNotARootComponent_Fails()
    {
        var manifest = Packages.Xml(Packages.Managed, "solution.xml");
        manifest.Descendants("RootComponent").Single(c => (string?)c.Attribute("type") == "29").Remove();
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { ["solution.xml"] = Packaging.ExportXml.Serialize(manifest.Root!, finalNewLine: false) });

        var report = Check(broken);

        Assert.Contains(new CheckFailure("flows", "flow 'SalesPerf nightly pace refresh' is not a root component (type 29) of solution.xml."), report.Failures);
    }

    [Fact]
    public void Check_UnboundActionIsNotACustomApiOfThePackage_FailsStrict()
    {
        var text = Encoding.UTF8.GetString(Packages.Entry(Packages.Managed, Entry)).Replace("\"spm_RefreshPace\"", "\"spm_NoSuchApi\"", StringComparison.Ordinal);
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { [Entry] = Encoding.UTF8.GetBytes(text) });

        Assert.Contains(new CheckFailure("flows", "flow 'SalesPerf nightly pace refresh' performs the unbound action 'spm_NoSuchApi', which is not a custom API of the package."), Check(broken).Failures);
        Assert.True(PackageChecker.Check(broken, Repository.Metadata, strict: false).Passed);
    }

    [Fact]
    public void Check_PackedZips_PassStrict()
    {
        Assert.True(Check(Packages.Managed).Passed, string.Join("\n", Check(Packages.Managed).Failures));
        Assert.True(Check(Packages.Unmanaged).Passed, string.Join("\n", Check(Packages.Unmanaged).Failures));
    }
}
