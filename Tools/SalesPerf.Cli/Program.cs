using System.CommandLine;
using SalesPerf.Cli.Commands;

namespace SalesPerf.Cli;

/// <summary>spm: the SalesPerf command line.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("spm: SalesPerf sales performance management for Dataverse");
        root.Subcommands.Add(PackCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        return root.Parse(args).Invoke();
    }
}
