using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Targets;

namespace SalesPerf.Packer.Tests;

/// <summary>Without --strict the checks that are real import requirements still fail; the house-style ones do not.</summary>
public sealed class ImportabilityCheckTests
{
    private static CheckReport Check(byte[] zip) => PackageChecker.Check(zip, Repository.Metadata);

    private static XElement UpdateStep(XElement root) =>
        root.Element("SdkMessageProcessingSteps")!.Elements()
            .Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == "{" + TargetValidationPlugin.UpdateStepId + "}");

    [Fact]
    public void Check_DllMissing_FailsWithoutStrict()
    {
        var dll = Packages.EntryNames(Packages.Managed).Single(n => n.EndsWith(".dll", StringComparison.Ordinal));

        var report = Check(Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { [dll] = null }));

        Assert.Contains(report.Failures, f => f.Rule == "plug-ins" && f.Message.EndsWith($"names the file /{dll}, which the zip does not contain.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_StepFiltersOnAColumnItsOwnTableLacks_FailsWithoutStrict()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root => UpdateStep(root).Element("FilteringAttributes")!.Value += ",spm_nosuchcolumn");

        Assert.Contains(Check(broken).Failures, f => f.Rule == "columns" && f.Message.EndsWith("filters on the column spm_target.spm_nosuchcolumn, which does not exist.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SchemaError_FailsWithoutStrict()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            root.Element("SolutionPluginAssemblies")!.Descendants("IsolationMode").Single().Name = "Isolationmode");

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "schema" && f.Message.Contains("'Isolationmode'", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Failures, f => f.Rule == "order");
    }

    [Fact]
    public void Check_StepPluginTypeAbsentFromThePackagedDll_FailsWithoutStrict()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var typeName = UpdateStep(root).Element("PluginTypeName")!;
            typeName.Value = typeName.Value.Replace(typeof(TargetValidationPlugin).FullName!, "SalesPerf.Plugins.Targets.Missing", StringComparison.Ordinal);
        });

        Assert.Contains(Check(broken).Failures, f => f.Rule == "plug-ins" && f.Message.Contains("names plug-in type SalesPerf.Plugins.Targets.Missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RolePrivilegeOnATableOfAnotherSolution_PassesWithoutStrictAndFailsWithIt()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root => root.Element("Roles")!.Elements("Role").First().Element("RolePrivileges")!
            .Add(new XElement("RolePrivilege", new XAttribute("name", "prvReadmsdyn_forecastdefinition"), new XAttribute("level", "Global"))));

        Assert.True(Check(broken).Passed, Check(broken).ToString());
        Assert.Contains(PackageChecker.Check(broken, Repository.Metadata, strict: true).Failures, f => f.Rule == "roles");
    }

    [Fact]
    public void Check_UnknownMessageId_PassesWithoutStrictAndFailsWithIt()
    {
        // Microsoft's own sample exports CalculatePrice with 6c9b0335-…: a real message this project has not confirmed.
        var broken = Packages.WithCustomizations(Packages.Managed, root => UpdateStep(root).Element("SdkMessageId")!.Value = "6c9b0335-34d7-4a84-961e-832a3c0f81d1");

        Assert.DoesNotContain(Check(broken).Failures, f => f.Rule == "plug-ins");
        Assert.Contains(PackageChecker.Check(broken, Repository.Metadata, strict: true).Failures, f => f.Rule == "plug-ins" && f.Message.Contains("not a confirmed message id", StringComparison.Ordinal));
    }
}
