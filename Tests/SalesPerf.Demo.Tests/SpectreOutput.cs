using System.IO;
using Spectre.Console;

namespace SalesPerf.Demo.Tests;

/// <summary>A plain, non-interactive console over a writer.</summary>
internal static class SpectreOutput
{
    public static IAnsiConsole Plain(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });
}
