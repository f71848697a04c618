using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer.Tests.Ribbons;

/// <summary>The command bar buttons of Solution/Ribbons travel in both zips as a real export carries them, and pass spm check.</summary>
public sealed class RibbonPackingTests
{
    public static TheoryData<bool> Kinds() => new() { true, false };

    private static XElement Ribbon(bool managed, string table) =>
        Packages.Customizations(managed ? Packages.Managed : Packages.Unmanaged).Element("Entities")!.Elements("Entity")
            .Single(e => e.Element("Name")!.Value == table).Element("RibbonDiffXml")!;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Ribbons_EveryButtonAndLocation_IsACustomActionWithItsCommandRulesAndLabels(bool managed)
    {
        var ribbons = Repository.Input(managed).Ribbons;
        Assert.NotEmpty(ribbons);
        foreach (var source in ribbons)
        {
            var ribbon = Ribbon(managed, source.Table);
            foreach (var button in source.Buttons)
            {
                foreach (var location in button.Locations)
                {
                    var commandId = RibbonDiffWriter.CommandId(source.Table, button, location);
                    var action = Assert.Single(ribbon.Element("CustomActions")!.Elements("CustomAction"),
                        a => (string?)a.Descendants("Button").Single().Attribute("Command") == commandId);
                    Assert.Equal(RibbonDiffWriter.LocationOf(source.Table, location), (string?)action.Attribute("Location"));

                    var command = Assert.Single(ribbon.Element("CommandDefinitions")!.Elements("CommandDefinition"), c => (string?)c.Attribute("Id") == commandId);
                    var call = command.Element("Actions")!.Elements("JavaScriptFunction").Last();
                    Assert.Equal(button.Function, (string?)call.Attribute("FunctionName"));
                    Assert.Equal("$webresource:spm_/commands/commands.js", (string?)call.Attribute("Library"));
                    Assert.Equal(
                        location == RibbonLocation.Form ? ["PrimaryControl"] : ["SelectedControlSelectedItemIds", "SelectedControl"],
                        call.Elements("CrmParameter").Select(p => (string)p.Attribute("Value")!));
                    // The shared libraries load first, in order (isNaN: a call that does nothing).
                    Assert.Equal(source.Libraries.Select(l => "$webresource:" + l),
                        command.Element("Actions")!.Elements("JavaScriptFunction").Select(f => (string)f.Attribute("Library")!));
                }

                var display = Assert.Single(ribbon.Descendants("DisplayRule").Where(r => r.Parent!.Name.LocalName == "DisplayRules" && r.Parent.Parent!.Name.LocalName == "RuleDefinitions"),
                    r => (string?)r.Attribute("Id") == RibbonDiffWriter.DisplayRuleId(source.Table, button));
                var privilege = display.Element("EntityPrivilegeRule")!;
                Assert.Equal(button.Privilege.Table, (string?)privilege.Attribute("EntityName"));
                Assert.Equal(button.Privilege.Privilege, (string?)privilege.Attribute("PrivilegeType"));
                Assert.Equal(button.Privilege.Depth, (string?)privilege.Attribute("PrivilegeDepth"));

                var label = ribbon.Element("LocLabels")!.Elements("LocLabel").Single(l => ((string)l.Attribute("Id")!).EndsWith("." + button.Name + ".LabelText", StringComparison.Ordinal)
                    && ((string)l.Attribute("Id")!).StartsWith("spm." + source.Table + ".", StringComparison.Ordinal));
                Assert.Equal(button.Label.English, Title(label, 1033));
                Assert.Equal(button.Label.Chinese, Title(label, 2052));
            }
        }
    }

    [Fact]
    public void Ribbons_CommandsTheIssueAsksFor_AreThereForTheRolesThatMayUseThem()
    {
        var buttons = Repository.Input(true).Ribbons.SelectMany(r => r.Buttons.Select(b => (r.Table, Button: b))).ToList();
        (string Table, string Function, string Privilege, string Depth)[] expected =
        [
            ("spm_target", "SalesPerf.Commands.decomposeTarget", "Create", "Basic"), // prvCreatespm_target, as spm_DecomposeTarget
            ("spm_target", "SalesPerf.Commands.allocateTarget", "Create", "Basic"), // as spm_AllocateTarget
            ("spm_target", "SalesPerf.Commands.recalculateTarget", "Write", "Basic"), // prvWritespm_target, as spm_Recalculate
            ("spm_kpiset", "SalesPerf.Commands.applyKpiSet", "Create", "Basic"), // as spm_ApplyKpiSet
            ("spm_period", "SalesPerf.Commands.startReviewCycle", "Create", "Basic"), // prvCreatespm_review
            ("spm_period", "SalesPerf.Commands.completeSetup", "Create", "Global"), // configuration: administrators only
            ("spm_commissionstatement", "SalesPerf.Commands.approveStatements", "Write", "Deep"), // managers (Deep) and admins, not reps (Basic)
            ("spm_commissionstatement", "SalesPerf.Commands.disputeStatement", "Write", "Basic"), // the owner
            ("spm_commissionstatement", "SalesPerf.Commands.markStatementsPaid", "Write", "Global"), // admins only
        ];

        foreach (var (table, function, privilege, depth) in expected)
        {
            var button = Assert.Single(buttons, b => b.Table == table && b.Button.Function == function).Button;
            Assert.Equal((privilege, depth), (button.Privilege.Privilege, button.Privilege.Depth));
        }

        var bulk = buttons.Single(b => b.Button.Function == "SalesPerf.Commands.approveStatements").Button;
        Assert.Equal(RibbonSelection.Many, bulk.Selection);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Ribbons_BothZips_PassSpmCheckStrictWithTheRibbonRule(bool managed)
    {
        var report = PackageChecker.Check(managed ? Packages.Managed : Packages.Unmanaged, Repository.Metadata, strict: true);

        Assert.Contains("ribbon", report.CheckedRules);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public void Check_ButtonWithoutItsCommand_FailsTheRibbonRule()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Entity(root, "spm_commissionstatement").Element("RibbonDiffXml")!.Element("CommandDefinitions")!.Elements().First().Remove());

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: true);

        Assert.Contains(report.Failures, f => f.Rule == "ribbon" && f.Message.Contains("which CommandDefinitions does not define", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CommandLoadingAMissingWebResource_FailsTheRibbonRule()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Entity(root, "spm_target").Descendants("JavaScriptFunction").Last().SetAttributeValue("Library", "$webresource:spm_/commands/missing.js"));

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: false);

        Assert.Contains(new CheckFailure("ribbon", "the ribbon of spm_target: a command loads $webresource:spm_/commands/missing.js, which is not a web resource of the package."), report.Failures);
    }

    [Fact]
    public void Check_PrivilegeDepthOutsideRibbonTypes_FailsTheSchema()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Entity(root, "spm_commissionstatement").Descendants("EntityPrivilegeRule").First().SetAttributeValue("PrivilegeDepth", "Team"));

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: false);

        Assert.Contains(report.Failures, f => f.Rule == "schema" && f.Message.Contains("PrivilegeDepth", StringComparison.Ordinal));
    }

    private static XElement Entity(XElement root, string table) =>
        root.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == table);

    private static string? Title(XElement label, int language) =>
        (string?)label.Element("Titles")!.Elements("Title").Single(t => (int)t.Attribute("languagecode")! == language).Attribute("description");
}
