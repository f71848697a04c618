using System;
using System.Reflection.Metadata;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>Reads the assembly-level <c>[TargetFramework("…")]</c> value without loading the assembly.</summary>
public static class TargetFrameworkReader
{
    private const string AttributeName = "System.Runtime.Versioning.TargetFrameworkAttribute";

    /// <summary>The framework name, e.g. <c>.NETFramework,Version=v4.6.2</c>, or null when the attribute is absent.</summary>
    public static string? Read(MetadataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            if (AttributeNames.TypeNameOf(reader, handle) != AttributeName)
            {
                continue;
            }

            var blob = reader.GetBlobReader(reader.GetCustomAttribute(handle).Value);
            if (blob.ReadUInt16() != 1)
            {
                return null;
            }

            return blob.ReadSerializedString();
        }

        return null;
    }
}
