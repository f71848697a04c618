using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>
/// Check (c): whether a built plugin assembly can be registered in Dataverse — strong-named and signed, built for
/// .NET Framework 4.6.2, referencing only Microsoft.Xrm.Sdk 9.0.0.0 and .NET Framework assemblies, with well-formed IPlugin
/// classes, and under 16 MB.
/// </summary>
public static class DeployabilityChecker
{
    /// <summary>The target framework Dataverse runs plugins on.</summary>
    public const string RequiredTargetFramework = ".NETFramework,Version=v4.6.2";

    /// <summary>The largest plugin assembly Dataverse accepts, in bytes (16 MB).</summary>
    public const long MaxFileSize = 16L * 1024 * 1024;

    /// <summary>The rules, in the order they are checked.</summary>
    public static IReadOnlyList<string> Rules { get; } =
    [
        "has a public key",
        "is strong-name signed",
        "targets " + RequiredTargetFramework,
        "references only Microsoft.Xrm.Sdk 9.0.0.0 and .NET Framework assemblies",
        "IPlugin classes are public",
        "IPlugin classes are concrete",
        "IPlugin classes have a public () or (string, string) constructor",
        "IPlugin classes hold no mutable fields",
        "file is under 16 MB",
    ];

    /// <summary>Checks the assembly at <paramref name="assemblyPath"/> against every rule.</summary>
    public static DeployabilityReport Check(string assemblyPath)
    {
        var size = new FileInfo(assemblyPath).Length;
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var violations = new List<string>();
        if (reader.GetAssemblyDefinition().PublicKey.IsNil)
        {
            violations.Add("the assembly has no public key: Dataverse registers strong-named assemblies only");
        }

        var corFlags = pe.PEHeaders.CorHeader?.Flags ?? 0;
        if ((corFlags & CorFlags.StrongNameSigned) == 0)
        {
            violations.Add("the assembly is not strong-name signed (CorFlags lacks StrongNameSigned)");
        }

        var framework = TargetFrameworkReader.Read(reader);
        if (framework != RequiredTargetFramework)
        {
            violations.Add($"the assembly targets `{framework ?? "(no TargetFrameworkAttribute)"}`; Dataverse runs `{RequiredTargetFramework}`");
        }

        violations.AddRange(reader.AssemblyReferences.Select(h => AssemblyReferenceRule.Violation(reader, h)).OfType<string>());
        var pluginTypes = PluginTypeFinder.Find(reader);
        violations.AddRange(PluginTypeRules.Check(reader, pluginTypes));
        if (size >= MaxFileSize)
        {
            violations.Add($"the file is {size} bytes; Dataverse accepts plugin assemblies under {MaxFileSize} bytes (16 MB)");
        }

        return new DeployabilityReport(Rules.Count, pluginTypes.Count, reader.AssemblyReferences.Count, violations);
    }
}
