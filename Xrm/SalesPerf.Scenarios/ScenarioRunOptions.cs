using System.IO;

namespace SalesPerf.Scenarios;

/// <summary>How to run a scenario; every member has a default.</summary>
public sealed record ScenarioRunOptions
{
    /// <summary>Tables and custom APIs; null reads the repository's solution source and the plug-in assembly.</summary>
    public ScenarioSchema? Schema { get; init; }

    /// <summary>Where the progress line of each step goes (the CLI passes stderr); null: nowhere.</summary>
    public TextWriter? Progress { get; init; }
}
