using System;
using System.CommandLine;
using System.IO;
using SalesPerf.Demo;
using SalesPerf.Plugins.Registration;
using SalesPerf.SdkConformance.Locating;
using Spectre.Console;

namespace SalesPerf.Cli.Commands;

/// <summary>
/// <c>spm demo</c>: the registered steps, the SDK conformance of the deployable assembly, then a generated
/// organisation run through the real pipeline, the packed solution and <c>artifacts/demo/report.html</c>.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the generated organisation (same seed, same data).", DefaultValueFactory = _ => new DemoOptions().Seed };
        var reps = new Option<int>("--reps") { Description = "Sales reps to generate (2 to 1,000; teams of at most 10, business units of at most 10 teams).", DefaultValueFactory = _ => new DemoOptions().Reps };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for the report and the solution zips (default artifacts/demo under the repository)." };
        var command = new Command("demo", "Run a generated sales organisation through SalesPerf and write the report.");
        command.Options.Add(seed);
        command.Options.Add(reps);
        command.Options.Add(output);
        command.SetAction(parseResult => Run(parseResult.GetValue(seed), parseResult.GetValue(reps), parseResult.GetValue(output)));
        return command;
    }

    private static int Run(int seed, int reps, DirectoryInfo? output)
    {
        if (DemoArguments.CheckReps(reps, Console.Error) is var refused and not 0)
        {
            return refused;
        }

        var console = AnsiConsole.Console;
        var repoRoot = RepositoryRoot();
        StepsTable.Write(console, PluginCatalog.ReadSteps(typeof(PluginCatalog).Assembly));
        var conforms = ConformanceSummary.Write(console, repoRoot, RepoPaths.ConfigurationOf(AppContext.BaseDirectory));

        var folder = output?.FullName ?? Path.Combine(repoRoot, "artifacts", "demo");
        var result = DemoRunner.Run(new DemoOptions { Seed = seed, Reps = reps }, console, folder);
        return conforms && result.Faults == 0 ? 0 : 1;
    }

    private static string RepositoryRoot()
    {
        try
        {
            return RepoPaths.FindRoot(AppContext.BaseDirectory);
        }
        catch (DirectoryNotFoundException)
        {
            return RepoPaths.FindRoot(Environment.CurrentDirectory);
        }
    }
}
