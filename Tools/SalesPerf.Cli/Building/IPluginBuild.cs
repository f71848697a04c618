namespace SalesPerf.Cli.Building;

/// <summary>Builds the net462 plug-in assembly of a checkout in one configuration, before <c>spm pack</c> reads it.</summary>
public interface IPluginBuild
{
    PluginBuildResult Build(string repositoryRoot, string configuration);
}
