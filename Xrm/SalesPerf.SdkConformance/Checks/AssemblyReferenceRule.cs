using System;
using System.Reflection.Metadata;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>Whether one assembly reference of a plugin assembly is allowed: Microsoft.Xrm.Sdk 9.0.0.0 or an allow-listed .NET Framework assembly.</summary>
public static class AssemblyReferenceRule
{
    /// <summary>The violation for <paramref name="handle"/>, or null when the reference is allowed.</summary>
    public static string? Violation(MetadataReader reader, AssemblyReferenceHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var reference = reader.GetAssemblyReference(handle);
        var name = reader.GetString(reference.Name);
        var version = reference.Version.ToString();
        var keyOrToken = Convert.ToHexStringLower(reader.GetBlobBytes(reference.PublicKeyOrToken));
        var token = (reference.Flags & System.Reflection.AssemblyFlags.PublicKey) != 0
            ? AssemblyIdentityFacts.TokenOf(keyOrToken)
            : keyOrToken.Length == 0 ? "null" : keyOrToken;
        var display = $"{name}, Version={version}, PublicKeyToken={token}";
        if (name == XrmReferenceScope.SdkAssemblyName)
        {
            return version == "9.0.0.0" && token == FrameworkAssemblies.SharedToken
                ? null
                : $"references `{display}`; the SDK reference must be Microsoft.Xrm.Sdk, Version=9.0.0.0, PublicKeyToken={FrameworkAssemblies.SharedToken}";
        }

        if (!FrameworkAssemblies.Allowed.TryGetValue(name, out var expectedToken))
        {
            return $"references `{display}`, which Dataverse does not provide (allowed: Microsoft.Xrm.Sdk and .NET Framework assemblies)";
        }

        return version == FrameworkAssemblies.FrameworkVersion && token == expectedToken
            ? null
            : $"references `{display}`; the .NET Framework's {name} is Version={FrameworkAssemblies.FrameworkVersion}, PublicKeyToken={expectedToken}";
    }
}
