using System;
using System.Collections.Generic;
using System.IO;
using SalesPerf.Packer.Sources;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel;

namespace SalesPerf.Packer;

/// <summary>Everything one package is built from. Identical input gives byte-identical output.</summary>
public sealed record PackInput
{
    public required SolutionManifest Manifest { get; init; }
    public required SolutionMetadata Metadata { get; init; }

    /// <summary>The net462 build of SalesPerf.Plugins: the DLL that goes into the zip.</summary>
    public required PluginAssemblyImage PluginAssembly { get; init; }

    public required IReadOnlyList<StepRegistration> Steps { get; init; }
    public required IReadOnlyList<CustomApiRegistration> CustomApis { get; init; }
    public bool Managed { get; init; }

    /// <summary>The web resources of WebResources/webresources.json, by name; none when the input has no web resources.</summary>
    public IReadOnlyList<WebResourceDefinition> WebResources { get; init; } = [];

    /// <summary>The main forms of Solution/Forms, by table; none when the input has no forms.</summary>
    public IReadOnlyList<FormDefinition> Forms { get; init; } = [];

    /// <summary>The charts of Solution/Charts, by table; none when the input has no charts.</summary>
    public IReadOnlyList<ChartDefinition> Charts { get; init; } = [];

    /// <summary>The custom views of Solution/Views, by table; none when the input has no custom views.</summary>
    public IReadOnlyList<ViewDefinition> Views { get; init; } = [];

    /// <summary>The dashboards of Solution/Dashboards; none when the input has no dashboards.</summary>
    public IReadOnlyList<DashboardDefinition> Dashboards { get; init; } = [];

    /// <summary>The model-driven apps of Solution/App with their site maps; none when the input has no app.</summary>
    public IReadOnlyList<AppModuleDefinition> AppModules { get; init; } = [];

    /// <summary>The command bar buttons of Solution/Ribbons, by table; none when the input has no buttons.</summary>
    public IReadOnlyList<RibbonDefinition> Ribbons { get; init; } = [];

    /// <summary>The scheduled cloud flows of Solution/Flows; none when the input has no flows.</summary>
    public IReadOnlyList<SalesPerf.SolutionModel.Flows.ScheduledFlowDefinition> ScheduledFlows { get; init; } = [];

    /// <summary>
    /// Reads the source of the checkout that contains <paramref name="startDirectory"/>: Solution/solution.json, the
    /// table files, the net462 DLL of <paramref name="configuration"/>, and the step and custom API declarations.
    /// </summary>
    /// <remarks>
    /// Declarations are read from the net10.0 build of the same source through <see cref="PluginCatalog"/>, because the
    /// net462 DLL cannot be loaded here; the checks then prove that every type they name exists in the net462 DLL.
    /// </remarks>
    /// <exception cref="FileNotFoundException">The net462 DLL has not been built for <paramref name="configuration"/>.</exception>
    public static PackInput FromRepository(string startDirectory, bool managed, string configuration = "Release")
    {
        var root = SolutionMetadata.FindRepositoryRoot(startDirectory);
        var solutionFolder = Path.Combine(root, SolutionSource.Folder);
        var manifest = SolutionManifestReader.Load(solutionFolder);
        var dll = PluginDllPath(root, configuration, manifest.PluginAssembly.FileName);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException(
                $"The net462 plug-in DLL has not been built: {dll}. Build Plugins/SalesPerf.Plugins with -c {configuration}.", dll);
        }

        var metadata = SolutionMetadata.Load(solutionFolder);
        var charts = ChartSource.Load(solutionFolder, metadata);
        var views = ViewSource.Load(solutionFolder, metadata);
        var webResources = WebResourceSource.Load(root);
        var dashboards = DashboardSource.Load(solutionFolder, metadata, charts, views, webResources);
        var declarations = typeof(PluginCatalog).Assembly;
        return new PackInput
        {
            Manifest = manifest,
            Metadata = metadata,
            PluginAssembly = PluginAssemblyImage.Read(dll),
            Steps = PluginCatalog.ReadSteps(declarations),
            CustomApis = PluginCatalog.ReadCustomApis(declarations),
            Managed = managed,
            WebResources = webResources,
            Forms = FormSource.Load(solutionFolder),
            Charts = charts,
            Views = views,
            Dashboards = dashboards,
            AppModules = AppModuleSource.Load(solutionFolder, metadata, dashboards, webResources, views),
            Ribbons = RibbonSource.Load(solutionFolder, metadata, webResources),
            ScheduledFlows = SalesPerf.SolutionModel.Flows.ScheduledFlowSource.Load(solutionFolder),
        };
    }

    /// <summary>Plugins/SalesPerf.Plugins/bin/&lt;configuration&gt;/net462/&lt;file&gt; below the repository root.</summary>
    public static string PluginDllPath(string repositoryRoot, string configuration, string fileName = "SalesPerf.Plugins.dll") =>
        Path.Combine(repositoryRoot, "Plugins", "SalesPerf.Plugins", "bin", configuration, "net462", fileName);

    /// <summary>The same input for the other package kind.</summary>
    public PackInput As(bool managed) => this with { Managed = managed };
}
