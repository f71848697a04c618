using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using System.Xml.Schema;
using SalesPerf.Cli.Commands;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.Forms;

public sealed class FormCheckTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("spm-formcheck-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string TargetFormId => Repository.Input(managed: true).Forms.Single(f => f.Table == "spm_target").Id.ToString("B");

    private static string ScorecardFormId => Repository.Input(managed: true).Forms.Single(f => f.Table == "spm_scorecard").Id.ToString("B");

    private static XElement Form(XElement root, string table) => root.Element("Entities")!.Elements("Entity")
        .Single(e => e.Element("Name")!.Value.Equals(table, StringComparison.OrdinalIgnoreCase))
        .Element("FormXml")!.Element("forms")!.Element("systemform")!;

    private static XElement Control(XElement root, string table, string id) =>
        Form(root, table).Descendants("control").Single(c => (string?)c.Attribute("id") == id);

    private (int ExitCode, string Output) RunCheck(byte[] zip)
    {
        var path = Path.Combine(folder, "tampered.zip");
        File.WriteAllBytes(path, zip);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CheckCommand.Run(path, Repository.Metadata, output, error, strict: true);
        return (exitCode, output.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_PackedZip_FormsPassEveryRule(bool managed)
    {
        var report = PackageChecker.Check(managed ? Packages.Managed : Packages.Unmanaged, Repository.Metadata, strict: true);

        Assert.Contains("forms", report.CheckedRules);
        Assert.Contains("form schema", report.CheckedRules);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public void Check_ControlNamesMissingColumn_FailsCheckNamingFormControlAndColumn()
    {
        var tampered = Packages.WithCustomizations(Packages.Managed, root =>
            Control(root, "spm_target", "spm_targetvalue").SetAttributeValue("datafieldname", "spm_goal"));

        var (exitCode, output) = RunCheck(tampered);

        Assert.Equal(1, exitCode);
        Assert.Contains(
            $"forms: form 'Target Main Form' ({TargetFormId}) of spm_target: control 'spm_targetvalue' names the column spm_target.spm_goal, which the table's metadata does not define.",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WebResourceControlNamesMissingResource_FailsCheckNamingFormControlAndResource()
    {
        var tampered = Packages.WithCustomizations(Packages.Managed, root =>
            Control(root, "spm_scorecard", "WebResource_scorecard").Element("parameters")!.Element("Url")!.Value = "spm_/scorecard/missing.html");

        var (exitCode, output) = RunCheck(tampered);

        Assert.Equal(1, exitCode);
        Assert.Contains(
            $"forms: form 'Scorecard Main Form' ({ScorecardFormId}) of spm_scorecard: web resource control 'WebResource_scorecard' shows 'spm_/scorecard/missing.html', which is not a web resource of the package.",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SubGridOnRelationshipOfAnotherTable_Fails()
    {
        var tampered = Packages.WithCustomizations(Packages.Managed, root =>
            Control(root, "spm_scorecard", "targets").Element("parameters")!.Element("RelationshipName")!.Value = "spm_target_parenttargetid_spm_target");

        var report = PackageChecker.Check(tampered, Repository.Metadata, strict: true);

        var failure = Assert.Single(report.Failures);
        Assert.Equal("forms", failure.Rule);
        Assert.StartsWith($"form 'Scorecard Main Form' ({ScorecardFormId}) of spm_scorecard: sub-grid 'targets' lists spm_target through the relationship 'spm_target_parenttargetid_spm_target'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SubGridOnMissingRelationship_Fails()
    {
        var tampered = Packages.WithCustomizations(Packages.Managed, root =>
            Control(root, "spm_scorecard", "targets").Element("parameters")!.Element("RelationshipName")!.Value = "spm_scorecard_targets");

        var report = PackageChecker.Check(tampered, Repository.Metadata, strict: true);

        Assert.Contains(report.Failures, f => f.Message ==
            $"form 'Scorecard Main Form' ({ScorecardFormId}) of spm_scorecard: sub-grid 'targets' names the relationship 'spm_scorecard_targets', which customizations.xml does not define.");
    }

    [Fact]
    public void Check_SectionWithoutChineseLabel_Fails()
    {
        var tampered = Packages.WithCustomizations(Packages.Managed, root =>
            Form(root, "spm_target").Descendants("section").First().Element("labels")!.Elements("label")
                .Single(l => (string?)l.Attribute("languagecode") == "2052").Remove());

        var report = PackageChecker.Check(tampered, Repository.Metadata, strict: true);

        var failure = Assert.Single(report.Failures);
        Assert.Equal($"form 'Target Main Form' ({TargetFormId}) of spm_target: section 'general' needs a label in 1033 and in 2052.", failure.Message);
    }

    [Fact]
    public void Check_FormElementTheSchemaDoesNotKnow_FailsFormSchema()
    {
        var tampered = Packages.WithCustomizations(Packages.Managed, root =>
            Form(root, "spm_target").Descendants("section").First().Add(new XElement("footnote")));

        var report = PackageChecker.Check(tampered, Repository.Metadata, strict: true);

        Assert.Contains(report.Failures, f => f.Rule == "form schema"
            && f.Message.StartsWith($"form 'Target Main Form' ({TargetFormId}) of spm_target is not valid against FormXml.xsd at form/tabs/tab/columns/column/sections/section", StringComparison.Ordinal)
            && f.Message.Contains("footnote", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SystemFormChildrenOutOfExportOrder_Fails()
    {
        var tampered = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var form = Form(root, "spm_target");
            var names = form.Element("LocalizedNames")!;
            names.Remove();
            form.AddFirst(names);
        });

        var report = PackageChecker.Check(tampered, Repository.Metadata, strict: true);

        Assert.Contains(report.Failures, f => f.Rule == "forms"
            && f.Message.StartsWith($"form 'Target Main Form' ({TargetFormId}) of spm_target: the children of systemform are in the order LocalizedNames, formid", StringComparison.Ordinal));
    }

    [Fact]
    public void FormSchema_ApolloExportForms_ValidWithTheKnownDifferencesOnly()
    {
        var forms = XDocument.Load(Repository.TestFile("Reference", "entity-apollo_InvoiceLine.xml")).Descendants("systemform").Select(f => f.Element("form")!).ToList();

        Assert.Equal(3, forms.Count);
        Assert.All(forms, form => Assert.Empty(FormSchema.Validate(form)));
        var main = new XElement(forms.First(f => f.Attribute("headerdensity") is not null));
        var errors = new System.Collections.Generic.List<string>();
        new XDocument(main).Validate(FormSchema.Schema, (_, e) => errors.Add(e.Message));
        Assert.Contains(errors, e => e.Contains("headerdensity", StringComparison.Ordinal));
    }
}
