using System;
using System.CommandLine;
using System.IO;
using SalesPerf.Scenarios;

namespace SalesPerf.Cli.Commands;

/// <summary><c>spm run SCENARIO.json [--out RESULT.json]</c>: exit 0 as expected, 1 a step failed, 2 malformed file.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "The scenario file (JSON, docs/scenarios.md)." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the result document here instead of standard output." };
        var command = new Command("run", "Run a scenario in a fresh local organisation and print the resulting rows.");
        command.Arguments.Add(scenario);
        command.Options.Add(output);
        command.SetAction(parseResult => Run(parseResult.GetValue(scenario)!, parseResult.GetValue(output)));
        return command;
    }

    private static int Run(FileInfo scenario, FileInfo? output)
    {
        var run = ScenarioRunner.RunFile(scenario.FullName, new ScenarioRunOptions { Schema = LoadSchema(), Progress = Console.Error });
        if (run.Result is not null)
        {
            if (output is null)
            {
                Console.Out.WriteLine(run.ResultJson());
            }
            else
            {
                File.WriteAllText(output.FullName, run.ResultJson() + Environment.NewLine);
            }
        }

        if (run.Message is not null)
        {
            Console.Error.WriteLine(run.ExitCode == ScenarioExitCodes.Malformed ? $"{scenario.Name}: {run.Message}" : run.Message);
        }

        return run.ExitCode;
    }

    /// <summary>The solution source of the repository spm was built in, else of the one the user stands in.</summary>
    private static ScenarioSchema LoadSchema()
    {
        try
        {
            return ScenarioSchema.FromRepository(AppContext.BaseDirectory);
        }
        catch (DirectoryNotFoundException)
        {
            return ScenarioSchema.FromRepository(Environment.CurrentDirectory);
        }
    }
}
