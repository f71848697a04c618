using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>Finds the classes of an assembly that implement <c>Microsoft.Xrm.Sdk.IPlugin</c>, directly or through a base class of the same assembly.</summary>
public static class PluginTypeFinder
{
    /// <summary>The full name of the plugin interface.</summary>
    public const string PluginInterface = "Microsoft.Xrm.Sdk.IPlugin";

    /// <summary>Every non-interface type implementing IPlugin.</summary>
    public static IReadOnlyList<TypeDefinitionHandle> Find(MetadataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.TypeDefinitions
            .Where(h => (reader.GetTypeDefinition(h).Attributes & TypeAttributes.Interface) == 0 && Implements(reader, h))
            .ToList();
    }

    /// <summary>The type and its base classes that are defined in the same assembly, most derived first.</summary>
    public static IEnumerable<TypeDefinitionHandle> SelfAndBases(MetadataReader reader, TypeDefinitionHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var current = handle;
        var seen = new HashSet<TypeDefinitionHandle>();
        while (!current.IsNil && seen.Add(current))
        {
            yield return current;
            var baseType = reader.GetTypeDefinition(current).BaseType;
            if (baseType.Kind == HandleKind.TypeSpecification)
            {
                baseType = GenericDefinition(reader, (TypeSpecificationHandle)baseType);
            }

            current = baseType.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)baseType : default;
        }
    }

    private static bool Implements(MetadataReader reader, TypeDefinitionHandle handle) =>
        SelfAndBases(reader, handle).Any(t => reader.GetTypeDefinition(t).GetInterfaceImplementations()
            .Any(i => TypeText.Of(reader, reader.GetInterfaceImplementation(i).Interface, GenericNames.None) == PluginInterface));

    private static EntityHandle GenericDefinition(MetadataReader reader, TypeSpecificationHandle handle)
    {
        var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return default;
        }

        blob.ReadCompressedInteger();
        return blob.ReadTypeHandle();
    }
}
