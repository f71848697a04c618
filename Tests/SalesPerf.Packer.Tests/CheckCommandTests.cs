using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesPerf.Cli.Commands;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Targets;

namespace SalesPerf.Packer.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("spm-check-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int ExitCode, string Output, string Error) RunCheck(string path, bool strict = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CheckCommand.Run(path, Repository.Metadata, output, error, strict);
        return (exitCode, output.ToString(), error.ToString());
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void CheckCommand_ZipFromRealSource_ExitsZero()
    {
        var (exitCode, output, error) = RunCheck(Write("SalesPerf_1_0_0_0_managed.zip", Packages.Managed));

        Assert.Equal(0, exitCode);
        Assert.Contains("all importability checks passed", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void CheckCommand_StepNamesAMissingPluginType_ExitsOneAndPrintsTheFailure()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var step = root.Element("SdkMessageProcessingSteps")!.Elements()
                .Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == "{" + TargetValidationPlugin.UpdateStepId + "}");
            var typeName = step.Element("PluginTypeName")!;
            typeName.Value = typeName.Value.Replace(typeof(TargetValidationPlugin).FullName!, "SalesPerf.Plugins.Targets.Missing", StringComparison.Ordinal);
        });

        var (exitCode, output, _) = RunCheck(Write("broken.zip", broken));

        Assert.Equal(1, exitCode);
        Assert.Contains("plug-ins: step '", output, StringComparison.Ordinal);
        Assert.Contains("names plug-in type SalesPerf.Plugins.Targets.Missing, which SalesPerf.Plugins.dll does not define.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCommand_ZipFromRealSourceStrict_PassesTheHouseStyleToo()
    {
        var (exitCode, output, _) = RunCheck(Write("SalesPerf_1_0_0_0_managed.zip", Packages.Managed), strict: true);

        Assert.Equal(0, exitCode);
        Assert.Contains("all checks, house style included, passed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCommand_EntriesOutOfExportOrder_FailOnlyWithStrict()
    {
        // An importer accepts any entry order (8.2 and 9.2 exports differ); only SalesPerf's house style wants the 9.2 one.
        var names = Packages.EntryNames(Packages.Managed);
        var reordered = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { ["customizations.xml"] = null });
        reordered = Packages.With(reordered, new Dictionary<string, byte[]?> { ["customizations.xml"] = Packages.Entry(Packages.Managed, "customizations.xml") });
        var path = Write("reordered.zip", reordered);

        var (plainExit, _, _) = RunCheck(path);
        var (strictExit, strictOutput, _) = RunCheck(path, strict: true);

        Assert.Equal("customizations.xml", names[0]);
        Assert.Equal(0, plainExit);
        Assert.Equal(1, strictExit);
        Assert.Contains("zip: the entries are in the order solution.xml,", strictOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCommand_MissingFile_ExitsTwo()
    {
        var path = Path.Combine(folder, "absent.zip");

        var (exitCode, output, error) = RunCheck(path);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCommand_FileIsNotAZip_ExitsTwo()
    {
        var (exitCode, _, error) = RunCheck(Write("notes.zip", "not a zip"u8.ToArray()));

        Assert.Equal(2, exitCode);
        Assert.Contains("not a zip file", error, StringComparison.Ordinal);
    }
}
