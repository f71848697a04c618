using System;

namespace SalesPerf.Packer.Dependencies;

/// <summary>
/// One side of a <c>MissingDependency</c> in solution.xml (reference/solution-missingdependencies-managed.xml): the
/// component type and whichever of schema name, display name, parent table and id a real export writes for it.
/// </summary>
public sealed record DependencyComponent(int Type, string? SchemaName, string DisplayName)
{
    public const int Entity = 1;
    public const int Attribute = 2;
    public const int Relationship = 10;
    public const int SecurityRole = 20;
    public const int SavedQuery = 26;
    public const int SavedQueryVisualization = 59;
    public const int SystemForm = 60;
    public const int WebResource = 61;
    public const int AppModule = 80;
    public const int PluginAssembly = 91;
    public const int SdkMessageProcessingStep = 92;
    public const int SdkMessageProcessingStepImage = 93;

    public string? ParentSchemaName { get; init; }
    public string? ParentDisplayName { get; init; }
    public Guid? Id { get; init; }

    /// <summary>Required side only: "UniqueName (version)" of the solution that brings the component.</summary>
    public string? Solution { get; init; }

    /// <summary>Required side only: the package that installs <see cref="Solution"/>, when an export names one.</summary>
    public DependencyPackage? Package { get; init; }
}
