using System.Linq;
using SalesPerf.SdkConformance.Suite;
using Spectre.Console;

namespace SalesPerf.Cli.Commands;

/// <summary>The SDK conformance and deployability checks of the built repository, printed one line per check.</summary>
internal static class ConformanceSummary
{
    /// <returns>True when every check passed.</returns>
    public static bool Write(IAnsiConsole console, string repoRoot, string configuration)
    {
        var reports = SdkConformanceSuite.Run(repoRoot, configuration);
        console.MarkupLine("[bold]SDK conformance / SDK 一致性[/]");
        foreach (var line in SdkConformanceSuite.Describe(reports))
        {
            console.MarkupLine(Markup.Escape(line));
        }

        return reports.All(report => report.Passed);
    }
}
