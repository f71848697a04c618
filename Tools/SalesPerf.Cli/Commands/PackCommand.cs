using System;
using System.CommandLine;
using System.IO;
using SalesPerf.Cli.Building;
using SalesPerf.Packer;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel;

namespace SalesPerf.Cli.Commands;

/// <summary>
/// <c>spm pack [--out DIR] [--configuration Release]</c>: builds the net462 plug-in assembly in the configuration it
/// packs, then writes the managed and the unmanaged solution zip (docs/packaging.md). Standard output: the two paths and
/// "N of M steps packed; K registered by Complete setup"; warnings and errors go to standard error, one line each.
/// </summary>
public static class PackCommand
{
    public const int Packed = 0;
    public const int Failed = 1;
    public const int BadOutput = 2;

    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "The folder for the two zips (default: artifacts/solution in the repository)." };
        var configuration = new Option<string>("--configuration")
        {
            Description = "The build configuration of the net462 plug-in DLL to build and pack.",
            DefaultValueFactory = _ => "Release",
        };
        var command = new Command("pack", "Build the net462 plug-in assembly, then the managed and unmanaged solution zips.");
        command.Options.Add(output);
        command.Options.Add(configuration);
        command.SetAction(parseResult => Run(
            RepositoryRoot(), parseResult.GetValue(output), parseResult.GetValue(configuration) ?? "Release", new DotnetPluginBuild(), Console.Out, Console.Error));
        return command;
    }

    /// <summary>The handler: builds with <paramref name="build"/>, packs, and reports on <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <param name="outputFolder">The --out value; null for artifacts/solution below <paramref name="repositoryRoot"/>.</param>
    public static int Run(string repositoryRoot, string? outputFolder, string configuration, IPluginBuild build, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var folder = Path.GetFullPath(outputFolder ?? Path.Combine(repositoryRoot, "artifacts", "solution"));
        if (File.Exists(folder))
        {
            error.WriteLine($"spm pack: --out {folder} is a file; give a folder for the two zips.");
            return BadOutput;
        }

        var built = build.Build(repositoryRoot, configuration);
        if (!built.Succeeded)
        {
            error.WriteLine($"spm pack: building the net462 plug-in assembly ({configuration}) failed; nothing was packed.");
            error.WriteLine(built.Errors);
            return Failed;
        }

        PackInput input;
        try
        {
            input = PackInput.FromRepository(repositoryRoot, managed: true, configuration);
        }
        catch (Exception exception) when (exception is FileNotFoundException or PackException or SolutionSourceException)
        {
            error.WriteLine("spm pack: " + exception.Message);
            return Failed;
        }

        try
        {
            foreach (var path in SolutionPacker.PackBoth(input, folder))
            {
                output.WriteLine(path);
            }
        }
        catch (PackException exception)
        {
            error.WriteLine("spm pack: " + exception.Message);
            return Failed;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"spm pack: cannot write to --out {folder}: {exception.Message}");
            return BadOutput;
        }

        var steps = SolutionPacker.Steps(input);
        output.WriteLine(steps.ToString());
        if (steps.AtSetup > 0)
        {
            error.WriteLine($"warning: {steps.AtSetup} steps on {string.Join(", ", SetupSteps.Messages)} are not in the zip: after importing, run Complete setup in the app's Configuration area, or wins, closed orders and qualified leads move no target.");
        }

        return Packed;
    }

    /// <summary>The repository spm was built in, else the one the user stands in.</summary>
    private static string RepositoryRoot()
    {
        try
        {
            return SolutionMetadata.FindRepositoryRoot(AppContext.BaseDirectory);
        }
        catch (DirectoryNotFoundException)
        {
            return SolutionMetadata.FindRepositoryRoot(Environment.CurrentDirectory);
        }
    }
}
