using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>
/// Decodes signatures into the listing's type text: full CLR names (<c>System.String</c>, <c>System.Nullable&lt;System.Guid&gt;</c>),
/// <c>T[]</c>, generic parameter names, <c>void</c>. A by-reference type ends in <c>&amp;</c>; the parameter renderer turns it into
/// <c>ref</c>/<c>out</c>/<c>in</c>.
/// </summary>
public sealed class ListingTypeProvider : ISignatureTypeProvider<string, GenericNames>
{
    /// <summary>The shared instance; the provider has no state.</summary>
    public static ListingTypeProvider Instance { get; } = new();

    /// <inheritdoc />
    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.Void => "void",
        PrimitiveTypeCode.Boolean => "System.Boolean",
        PrimitiveTypeCode.Char => "System.Char",
        PrimitiveTypeCode.SByte => "System.SByte",
        PrimitiveTypeCode.Byte => "System.Byte",
        PrimitiveTypeCode.Int16 => "System.Int16",
        PrimitiveTypeCode.UInt16 => "System.UInt16",
        PrimitiveTypeCode.Int32 => "System.Int32",
        PrimitiveTypeCode.UInt32 => "System.UInt32",
        PrimitiveTypeCode.Int64 => "System.Int64",
        PrimitiveTypeCode.UInt64 => "System.UInt64",
        PrimitiveTypeCode.Single => "System.Single",
        PrimitiveTypeCode.Double => "System.Double",
        PrimitiveTypeCode.String => "System.String",
        PrimitiveTypeCode.TypedReference => "System.TypedReference",
        PrimitiveTypeCode.IntPtr => "System.IntPtr",
        PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
        PrimitiveTypeCode.Object => "System.Object",
        _ => throw new ArgumentOutOfRangeException(nameof(typeCode), typeCode, "Unknown primitive type."),
    };

    /// <inheritdoc />
    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        ClrTypeNames.Of(reader, handle);

    /// <inheritdoc />
    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        ClrTypeNames.Of(reader, handle);

    /// <inheritdoc />
    public string GetTypeFromSpecification(MetadataReader reader, GenericNames genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }

    /// <inheritdoc />
    public string GetSZArrayType(string elementType) => elementType + "[]";

    /// <inheritdoc />
    public string GetArrayType(string elementType, ArrayShape shape) =>
        elementType + "[" + new string(',', Math.Max(0, shape.Rank - 1)) + "]";

    /// <inheritdoc />
    public string GetByReferenceType(string elementType) => elementType + "&";

    /// <inheritdoc />
    public string GetPointerType(string elementType) => elementType + "*";

    /// <inheritdoc />
    public string GetPinnedType(string elementType) => elementType;

    /// <inheritdoc />
    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    /// <inheritdoc />
    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        genericType + "<" + string.Join(", ", typeArguments) + ">";

    /// <inheritdoc />
    public string GetGenericTypeParameter(GenericNames genericContext, int index)
    {
        ArgumentNullException.ThrowIfNull(genericContext);
        return genericContext.TypeParameter(index);
    }

    /// <inheritdoc />
    public string GetGenericMethodParameter(GenericNames genericContext, int index)
    {
        ArgumentNullException.ThrowIfNull(genericContext);
        return genericContext.MethodParameter(index);
    }

    /// <inheritdoc />
    public string GetFunctionPointerType(MethodSignature<string> signature) =>
        "method " + signature.ReturnType + " *(" + string.Join(", ", signature.ParameterTypes.ToArray()) + ")";
}
