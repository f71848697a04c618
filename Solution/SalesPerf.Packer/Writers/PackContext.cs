using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Packer.Steps;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>The input of one pack, with the derived facts every writer shares.</summary>
public sealed class PackContext
{
    /// <summary>
    /// IntroducedVersion of every component: the release that first shipped it. Kept at 1.0, not the solution version,
    /// because it must stay ≤ the solution version and must not change when a later release repacks the component.
    /// </summary>
    public const string IntroducedVersion = "1.0";

    public PackContext(PackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        CustomTables = input.Metadata.Tables.Where(t => t.IsCustom).OrderBy(t => t.LogicalName, StringComparer.Ordinal).ToList();
        ExtendedSystemTables = input.Metadata.Tables
            .Where(t => !t.IsCustom && t.Columns.Any(c => c.IsCustom))
            .OrderBy(t => t.LogicalName, StringComparer.Ordinal)
            .ToList();
        PackedSteps = SetupSteps.Packed(input.Steps).OrderBy(s => s.Id).ToList();
        SetupStepsLeftOut = SetupSteps.AtSetup(input.Steps).OrderBy(s => s.Id).ToList();
    }

    public PackInput Input { get; }
    public bool Managed => Input.Managed;

    /// <summary>The solution's own tables, by logical name.</summary>
    public IReadOnlyList<TableDefinition> CustomTables { get; }

    /// <summary>Platform tables that the solution adds columns to (opportunity, salesorder, invoice).</summary>
    public IReadOnlyList<TableDefinition> ExtendedSystemTables { get; }

    /// <summary>
    /// The steps the package carries: every declared step but those <see cref="SetupSteps"/> leaves to Complete setup.
    /// Each names its message by a confirmed id (solution-format 9.4); a packed step on any other message is a
    /// <see cref="PackException"/>, never a guessed id.
    /// </summary>
    public IReadOnlyList<StepRegistration> PackedSteps { get; }

    /// <summary>
    /// The steps on Win, Lose, FulfillSalesOrder and CancelSalesOrder: their message ids are not public, so the zip leaves
    /// them out and <c>spm_CompleteSetup</c> registers them in the organisation, looking the messages up by name.
    /// </summary>
    public IReadOnlyList<StepRegistration> SetupStepsLeftOut { get; }

    public Guid PluginAssemblyId => Input.Manifest.PluginAssembly.Id;

    public string PluginAssemblyFullName => Input.PluginAssembly.FullName;

    /// <summary>/PluginAssemblies/&lt;Stem&gt;-&lt;ID UPPER&gt;/&lt;Stem&gt;.dll without the leading slash (solution-format 9.1).</summary>
    public string PluginAssemblyEntryName
    {
        get
        {
            var stem = Input.Manifest.PluginAssembly.FileStem;
            return "PluginAssemblies/" + stem + "-" + Packaging.ExportXml.Upper(PluginAssemblyId) + "/" + stem + ".dll";
        }
    }

    public Guid PluginTypeId(string typeFullName) => StableIds.Derive(PluginAssemblyId, "plugintype", typeFullName);

    public string AssemblyQualifiedName(string typeFullName) => typeFullName + ", " + PluginAssemblyFullName;
}
