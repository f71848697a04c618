using System;
using System.CommandLine;
using System.IO;
using SalesPerf.Packer;
using SalesPerf.SolutionModel;

namespace SalesPerf.Cli.Commands;

/// <summary><c>spm pack [--out DIR] [--configuration Release]</c>: writes the managed and the unmanaged solution zip (docs/packaging.md); exit 0, or 1 when the source cannot be packed.</summary>
internal static class PackCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo?>("--out") { Description = "The folder for the two zips (default: artifacts/solution in the repository)." };
        var configuration = new Option<string>("--configuration")
        {
            Description = "The build configuration of the net462 plug-in DLL to pack.",
            DefaultValueFactory = _ => "Release",
        };
        var command = new Command("pack", "Build the managed and unmanaged solution zips from the solution source and the net462 plug-in DLL.");
        command.Options.Add(output);
        command.Options.Add(configuration);
        command.SetAction(parseResult => Run(parseResult.GetValue(output), parseResult.GetValue(configuration) ?? "Release"));
        return command;
    }

    private static int Run(DirectoryInfo? output, string configuration)
    {
        var root = RepositoryRoot();
        PackInput input;
        try
        {
            input = PackInput.FromRepository(root, managed: true, configuration);
        }
        catch (Exception exception) when (exception is FileNotFoundException or PackException or SolutionSourceException)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }

        var folder = output?.FullName ?? Path.Combine(root, "artifacts", "solution");
        foreach (var path in SolutionPacker.PackBoth(input, folder))
        {
            Console.Out.WriteLine(path);
        }

        foreach (var omitted in SolutionPacker.OmittedSteps(input))
        {
            Console.Out.WriteLine(omitted);
        }

        return 0;
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
