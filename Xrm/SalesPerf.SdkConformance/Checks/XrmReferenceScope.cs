using System;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>Decides whether a type reference points into Microsoft.Xrm.Sdk, and resolves generic instantiations to their definitions.</summary>
public static class XrmReferenceScope
{
    /// <summary>The simple name of the SDK assembly.</summary>
    public const string SdkAssemblyName = "Microsoft.Xrm.Sdk";

    /// <summary>True when the outermost resolution scope of <paramref name="handle"/> is an assembly reference named Microsoft.Xrm.Sdk.</summary>
    public static bool IsSdk(MetadataReader reader, TypeReferenceHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
        }

        return scope.Kind == HandleKind.AssemblyReference
            && reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) == SdkAssemblyName;
    }

    /// <summary>The type reference a member's parent stands for: itself, or the generic type of a TypeSpec instantiation; nil otherwise.</summary>
    public static TypeReferenceHandle DefinitionOf(MetadataReader reader, EntityHandle parent)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (parent.Kind == HandleKind.TypeReference)
        {
            return (TypeReferenceHandle)parent;
        }

        if (parent.Kind != HandleKind.TypeSpecification)
        {
            return default;
        }

        var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return default;
        }

        blob.ReadCompressedInteger();
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)generic : default;
    }
}
