using System;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Renders a TypeDef, TypeRef or TypeSpec handle as listing type text.</summary>
public static class TypeText
{
    /// <summary>The listing text of the type at <paramref name="handle"/>; empty for a nil handle.</summary>
    public static string Of(MetadataReader reader, EntityHandle handle, GenericNames names)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (handle.IsNil)
        {
            return string.Empty;
        }

        return handle.Kind switch
        {
            HandleKind.TypeDefinition => ClrTypeNames.Of(reader, (TypeDefinitionHandle)handle),
            HandleKind.TypeReference => ClrTypeNames.Of(reader, (TypeReferenceHandle)handle),
            HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(ListingTypeProvider.Instance, names),
            _ => string.Empty,
        };
    }
}
