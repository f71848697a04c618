using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Targets;

namespace SalesPerf.Packer.Tests;

public sealed class CheckFailureTests
{
    private static CheckReport Check(byte[] zip) => PackageChecker.Check(zip, Repository.Metadata, strict: true);

    private static XElement UpdateStep(XElement root) =>
        root.Element("SdkMessageProcessingSteps")!.Elements()
            .Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == "{" + TargetValidationPlugin.UpdateStepId + "}");

    [Fact]
    public void Check_StepNamesAMissingPluginType_FailsNamingStepTypeAndDll()
    {
        string? stepName = null;
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var step = UpdateStep(root);
            stepName = (string)step.Attribute("Name")!;
            var typeName = step.Element("PluginTypeName")!;
            typeName.Value = typeName.Value.Replace(typeof(TargetValidationPlugin).FullName!, "SalesPerf.Plugins.Targets.Missing", StringComparison.Ordinal);
        });

        var report = Check(broken);

        Assert.False(report.Passed);
        Assert.Contains(
            new CheckFailure("plug-ins", $"step '{stepName}' (id {{{TargetValidationPlugin.UpdateStepId}}}) names plug-in type SalesPerf.Plugins.Targets.Missing, which SalesPerf.Plugins.dll does not define."),
            report.Failures);
    }

    [Fact]
    public void Check_StepFiltersOnAMissingColumn_FailsNamingTheColumn()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            UpdateStep(root).Element("FilteringAttributes")!.Value += ",spm_nosuchcolumn");

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "columns" && f.Message.EndsWith(
            "filters on the column spm_target.spm_nosuchcolumn, which does not exist.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ColumnMissingFromThePackagedTable_FailsEvenThoughTheSourceHasIt()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Element("Entities")!.Elements().Single(e => e.Element("Name")!.Value == "spm_target")
                .Descendants("attributes").Elements("attribute").Single(a => a.Element("LogicalName")!.Value == "spm_targetvalue").Remove());

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "columns" && f.Message.EndsWith(
            "filters on the column spm_target.spm_targetvalue, which does not exist.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ImageNamesAMissingColumn_FailsNamingTheImage()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            UpdateStep(root).Descendants("Attributes").Single().Value = "spm_name,spm_ghost");

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "columns" && f.Message.EndsWith(
            "image 'PreImage' names the column spm_target.spm_ghost, which does not exist.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MisspelledCustomizationsElement_FailsTheSchemaAndTheExportOrder()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Element("SolutionPluginAssemblies")!.Descendants("IsolationMode").Single().Name = "Isolationmode");

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "schema"
            && f.Message.Contains("PluginAssembly[SalesPerf.Plugins, Version=1.0.0.0", StringComparison.Ordinal)
            && f.Message.Contains("'Isolationmode'", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.Rule == "order"
            && f.Message.EndsWith("has the child <Isolationmode>; the export spells it <IsolationMode> (names are case-sensitive).", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_InvalidViewFetchXml_FailsNamingTheView()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var entity = root.Element("Entities")!.Elements().Single(e => e.Element("Name")!.Value == "spm_target");
            entity.Element("RibbonDiffXml")!.AddBeforeSelf(new XElement("SavedQueries", new XElement("savedqueries", BrokenView())));
        });

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "views" && f.Message.StartsWith(
            "view 'Broken Targets' ({0b5c9a52-3f4e-4e39-9d6a-6f4a2f1c8e01}) of spm_target: FetchXML is not valid against Fetch.xsd", StringComparison.Ordinal)
            && f.Message.Contains("sometimes", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.Rule == "views" && f.Message.EndsWith(
            "names the column spm_target.spm_ghost, which does not exist.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RootSectionsOutOfOrder_FailsTheExportOrder()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var roles = root.Element("Roles")!;
            roles.Remove();
            root.Element("Languages")!.AddBeforeSelf(roles);
        });

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "order" && f.Message.StartsWith("ImportExportXml: <Roles> comes after <msdyn_dataflows>", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RolePrivilegeOnAnUnknownTable_FailsNamingThePrivilege()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root => root.Element("Roles")!.Add(new XElement(
            "Role",
            new XAttribute("id", "{1a2b3c4d-0000-4000-8000-000000000001}"),
            new XAttribute("name", "Broken Role"),
            new XElement("IsCustomizable", "1"),
            new XElement("RolePrivileges",
                new XElement("RolePrivilege", new XAttribute("name", "prvReadspm_target"), new XAttribute("level", "Basic")),
                new XElement("RolePrivilege", new XAttribute("name", "prvReadspm_nosuchtable"), new XAttribute("level", "Global"))))));

        var report = Check(broken);

        var failure = Assert.Single(report.Failures, f => f.Rule == "roles");
        Assert.Equal("role 'Broken Role' privilege prvReadspm_nosuchtable names the table 'spm_nosuchtable', which neither the package nor the known system tables define.", failure.Message);
    }

    [Fact]
    public void Check_SdkStandInPacked_Fails()
    {
        var standIn = System.IO.File.ReadAllBytes(Repository.TestFile("Microsoft.Xrm.Sdk.dll"));
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { ["PluginAssemblies/Microsoft.Xrm.Sdk.dll"] = standIn });

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "plug-ins" && f.Message.StartsWith(
            "the zip contains PluginAssemblies/Microsoft.Xrm.Sdk.dll: the SDK stand-in must never be packed", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ExtensionlessPartWithoutOverride_FailsTheContentTypes()
    {
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { ["WebResources/spm_logo0B5C9A52"] = Encoding.UTF8.GetBytes("<svg />") });

        var report = Check(broken);

        Assert.Contains(new CheckFailure("zip", "[Content_Types].xml has no Override for the extension-less part '/WebResources/spm_logo0B5C9A52'."), report.Failures);
    }

    [Fact]
    public void Check_DllMissingFromZip_FailsNamingTheFile()
    {
        var dll = Packages.EntryNames(Packages.Managed).Single(n => n.EndsWith(".dll", StringComparison.Ordinal));
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { [dll] = null });

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "plug-ins" && f.Message.EndsWith($"names the file /{dll}, which the zip does not contain.", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.Rule == "zip" && f.Message.Contains("'dll'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NotAZip_FailsWithoutThrowing()
    {
        var report = Check(Encoding.UTF8.GetBytes("not a zip"));

        Assert.False(report.Passed);
        Assert.Equal("zip", Assert.Single(report.Failures).Rule);
    }

    private static XElement BrokenView() => new(
        "savedquery",
        new XElement("IsCustomizable", "1"),
        new XElement("CanBeDeleted", "1"),
        new XElement("isquickfindquery", "0"),
        new XElement("isprivate", "0"),
        new XElement("isdefault", "0"),
        new XElement("savedqueryid", "{0b5c9a52-3f4e-4e39-9d6a-6f4a2f1c8e01}"),
        new XElement("layoutxml", new XElement("grid",
            new XAttribute("name", "resultset"), new XAttribute("jump", "spm_name"), new XAttribute("select", "1"), new XAttribute("icon", "1"), new XAttribute("preview", "1"),
            new XElement("row", new XAttribute("name", "result"), new XAttribute("id", "spm_targetid"),
                new XElement("cell", new XAttribute("name", "spm_name"), new XAttribute("width", "200"))))),
        new XElement("querytype", "0"),
        new XElement("fetchxml", new XElement("fetch",
            new XAttribute("version", "1.0"), new XAttribute("mapping", "logical"),
            new XElement("entity", new XAttribute("name", "spm_target"),
                new XElement("attribute", new XAttribute("name", "spm_name")),
                new XElement("attribute", new XAttribute("name", "spm_ghost")),
                new XElement("filter", new XAttribute("type", "sometimes"),
                    new XElement("condition", new XAttribute("attribute", "statecode"), new XAttribute("operator", "eq"), new XAttribute("value", "0")))))),
        new XElement("IntroducedVersion", "1.0"),
        new XElement("LocalizedNames", new XElement("LocalizedName", new XAttribute("description", "Broken Targets"), new XAttribute("languagecode", "1033"))));
}
