using System.CommandLine;
using SalesPerf.Cli.Commands;

namespace SalesPerf.Cli;

/// <summary>spm: the SalesPerf command line.</summary>
internal static class Program
{
    /// <summary>Columns a table may use when the output goes to a file or a CI log, where no terminal gives a width.</summary>
    private const int RedirectedOutputWidth = 200;

    public static int Main(string[] args)
    {
        if (System.Console.IsOutputRedirected)
        {
            // Spectre.Console assumes 80 columns without a terminal, which folds the steps table into unreadable slivers.
            Spectre.Console.AnsiConsole.Profile.Width = RedirectedOutputWidth;
        }

        var root = new RootCommand("spm: SalesPerf sales performance management for Dataverse");
        root.Subcommands.Add(PackCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        return root.Parse(args).Invoke();
    }
}
