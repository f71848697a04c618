namespace SalesPerf.Cli.Building;

/// <summary>The outcome of <see cref="IPluginBuild.Build"/>: succeeded, or the build's own error lines.</summary>
public sealed record PluginBuildResult(bool Succeeded, string Errors)
{
    public static PluginBuildResult Success { get; } = new(true, "");
}
