using System;

namespace SalesPerf.Packer.Sources;

/// <summary>One <c>RootComponent</c> of solution.xml (solution-format 2.6).</summary>
public sealed record RootComponent(int Type, string? SchemaName, Guid? Id, int Behavior)
{
    public const int Entity = 1;
    public const int SecurityRole = 20;
    public const int SavedQuery = 26;
    public const int Workflow = 29;
    public const int SystemForm = 60;
    public const int WebResource = 61;
    public const int SiteMap = 62;
    public const int AppModule = 80;
    public const int PluginAssembly = 91;
    public const int SdkMessageProcessingStep = 92;

    public const int IncludeSubcomponents = 0;
    public const int DoNotIncludeSubcomponents = 1;
    public const int ShellOnly = 2;
}
