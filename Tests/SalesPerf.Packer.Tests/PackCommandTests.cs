using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesPerf.Cli.Building;
using SalesPerf.Cli.Commands;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Packer.Tests;

/// <summary><c>spm pack</c>: builds the plug-in assembly it packs first, reports the steps, warns on stderr, and refuses a bad --out in one line.</summary>
public sealed class PackCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("spm-pack-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Stands in for <c>dotnet build</c>: the test build already produced the DLL of <see cref="Repository.Configuration"/>.</summary>
    private sealed class RecordingBuild(bool succeeds) : IPluginBuild
    {
        public List<(string Root, string Configuration)> Calls { get; } = [];

        public PluginBuildResult Build(string repositoryRoot, string configuration)
        {
            Calls.Add((repositoryRoot, configuration));
            return succeeds ? PluginBuildResult.Success : new PluginBuildResult(false, "Plugins/SalesPerf.Plugins/Broken.cs(1,1): error CS1002: ; expected");
        }
    }

    private static (int ExitCode, string[] Output, string[] Error) Pack(string? outFolder, IPluginBuild build)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = PackCommand.Run(Repository.Root, outFolder, Repository.Configuration, build, output, error);
        return (exitCode, Lines(output), Lines(error));
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Pack_BuildsTheConfigurationItPacksThenWritesBothZipsAndTheStepLine()
    {
        var build = new RecordingBuild(succeeds: true);
        var declared = Repository.Input(managed: true).Steps;
        var packed = SetupSteps.Packed(declared).Count;
        var atSetup = SetupSteps.AtSetup(declared).Count;

        var (exitCode, output, error) = Pack(folder, build);

        Assert.Equal(PackCommand.Packed, exitCode);
        Assert.Equal([(Repository.Root, Repository.Configuration)], build.Calls);
        Assert.Equal(3, output.Length);
        Assert.EndsWith("_managed.zip", output[0], StringComparison.Ordinal);
        Assert.EndsWith("_unmanaged.zip", output[1], StringComparison.Ordinal);
        Assert.All(output.Take(2), path => Assert.True(File.Exists(path), path));
        Assert.Equal($"{packed} of {declared.Count} steps packed; {atSetup} registered by Complete setup", output[2]);
        var warning = Assert.Single(error);
        Assert.StartsWith($"warning: {atSetup} steps on CancelSalesOrder, FulfillSalesOrder, Lose, QualifyLead, Win are not in the zip", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_BuildFails_PacksNothingAndExitsOne()
    {
        var (exitCode, output, error) = Pack(folder, new RecordingBuild(succeeds: false));

        Assert.Equal(PackCommand.Failed, exitCode);
        Assert.Empty(output);
        Assert.Equal($"spm pack: building the net462 plug-in assembly ({Repository.Configuration}) failed; nothing was packed.", error[0]);
        Assert.Contains("error CS1002", error[1], StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void Pack_OutIsAFile_OneLineErrorAndExitTwoWithoutBuilding()
    {
        var file = Path.Combine(folder, "solution.zip");
        File.WriteAllText(file, "not a folder");
        var build = new RecordingBuild(succeeds: true);

        var (exitCode, output, error) = Pack(file, build);

        Assert.Equal(PackCommand.BadOutput, exitCode);
        Assert.Empty(output);
        Assert.Equal($"spm pack: --out {file} is a file; give a folder for the two zips.", Assert.Single(error));
        Assert.Empty(build.Calls);
    }

    [Fact]
    public void Pack_OutCannotBeCreated_OneLineErrorAndExitTwo()
    {
        // A folder below a file cannot be created, whoever runs the test (root ignores permission bits).
        var file = Path.Combine(folder, "blocker");
        File.WriteAllText(file, "");
        var unwritable = Path.Combine(file, "zips");

        var (exitCode, output, error) = Pack(unwritable, new RecordingBuild(succeeds: true));

        Assert.Equal(PackCommand.BadOutput, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"spm pack: cannot write to --out {unwritable}: ", Assert.Single(error), StringComparison.Ordinal);
    }

    [Fact]
    public void DotnetPluginBuild_BuildsThePluginProjectForNet462InTheGivenConfiguration()
    {
        var arguments = DotnetPluginBuild.Arguments(Repository.Root, "Release");

        Assert.Equal("build", arguments[0]);
        Assert.True(File.Exists(arguments[1]), arguments[1]);
        Assert.Equal(Path.Combine(Repository.Root, "Plugins", "SalesPerf.Plugins", "SalesPerf.Plugins.csproj"), arguments[1]);
        Assert.Equal(["-c", "Release", "-f", "net462"], arguments.Skip(2).Take(4));
    }
}
