using System;
using System.Globalization;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>The solution's identity, read from Solution/solution.json: the one place that holds the version.</summary>
public sealed record SolutionManifest
{
    public required string UniqueName { get; init; }

    /// <summary>Four-part major.minor.build.revision (solution-format 2.5).</summary>
    public required Version Version { get; init; }

    public required Label DisplayName { get; init; }
    public Label? Description { get; init; }
    public required PublisherDefinition Publisher { get; init; }
    public required PluginAssemblyDefinition PluginAssembly { get; init; }

    public string VersionText => Version.ToString(4);

    /// <summary>The version as exported zip names write it: 1.0.0.3 becomes 1_0_0_3.</summary>
    public string VersionForFileName => VersionText.Replace('.', '_');

    /// <summary>
    /// <c>SalesPerf_1_0_0_0_managed.zip</c> and <c>SalesPerf_1_0_0_0_unmanaged.zip</c>: both kinds say what they are, so an
    /// admin never imports the unmanaged one by mistake (real exports leave the unmanaged name without a suffix; the
    /// importer reads the manifest, not the file name).
    /// </summary>
    public string ZipFileName(bool managed) => string.Format(
        CultureInfo.InvariantCulture, "{0}_{1}_{2}.zip", UniqueName, VersionForFileName, managed ? "managed" : "unmanaged");
}
