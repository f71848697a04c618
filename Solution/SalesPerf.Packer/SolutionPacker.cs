using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer;

/// <summary>
/// Builds a Dataverse solution zip from the solution source and the net462 plug-in DLL (docs/packaging.md). The
/// output depends only on the input: two packs of the same input are byte-identical.
/// </summary>
public static class SolutionPacker
{
    public const string CustomizationsEntry = "customizations.xml";
    public const string SolutionEntry = "solution.xml";

    /// <summary>The parts of a custom table's Entity after EntityInfo, in export order. Forms, views and charts go before the ribbon.</summary>
    public static IReadOnlyList<IEntityPartWriter> EntityParts { get; } = [new FormWriter(), new ViewWriter(), new ChartWriter(), new RibbonDiffWriter()];

    /// <summary>One writer per component kind; the order among writers of one section is the order of their elements.</summary>
    public static IReadOnlyList<IComponentWriter> Writers { get; } =
    [
        new TablesWriter(EntityParts),
        new RolesWriter(),
        new ScheduledFlowsWriter(),
        new RelationshipsWriter(),
        new DashboardsWriter(),
        new WebResourcesWriter(),
        new PluginAssembliesWriter(),
        new StepsWriter(),
        new CustomApisWriter(),
        new SiteMapWriter(),
        new AppModulesWriter(),
        new ConnectionReferencesWriter(),
        new LanguagesWriter(),
    ];

    /// <exception cref="PackException">The input cannot be packed; the message says which component and why.</exception>
    public static byte[] Pack(PackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new PackContext(input);
        var customizations = ExportXml.Serialize(CustomizationsWriter.Write(context, Writers), finalNewLine: true);
        var rootComponents = Writers.SelectMany(w => w.RootComponents(context));
        var manifest = ExportXml.Serialize(SolutionManifestWriter.Write(context, rootComponents), finalNewLine: false);
        var files = Writers.SelectMany(w => w.Files(context)).ToList();

        // Apollo (9.2) order: customizations.xml, solution.xml, component files, [Content_Types].xml last.
        var entries = new List<ZipEntryContent>
        {
            new(CustomizationsEntry, customizations),
            new(SolutionEntry, manifest),
        };
        entries.AddRange(files);
        entries.Add(new ZipEntryContent(ContentTypesWriter.EntryName, ContentTypesWriter.Write(entries.Select(e => e.Name))));
        return DeterministicZip.Write(entries);
    }

    /// <summary>
    /// How many declared steps the zip carries and how many <c>spm_CompleteSetup</c> registers after import
    /// (<see cref="SalesPerf.Plugins.Registration.SetupSteps"/>); <c>spm pack</c> prints it.
    /// </summary>
    public static StepSummary Steps(PackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new PackContext(input);
        return new StepSummary(context.PackedSteps.Count, input.Steps.Count, context.SetupStepsLeftOut.Count);
    }

    /// <summary>Writes the managed and the unmanaged zip into <paramref name="outputFolder"/>; returns their paths (managed first).</summary>
    public static IReadOnlyList<string> PackBoth(PackInput input, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(outputFolder);
        Directory.CreateDirectory(outputFolder);
        var paths = new List<string>();
        foreach (var managed in new[] { true, false })
        {
            var path = Path.Combine(outputFolder, input.Manifest.ZipFileName(managed));
            File.WriteAllBytes(path, Pack(input.As(managed)));
            paths.Add(path);
        }

        return paths;
    }
}
