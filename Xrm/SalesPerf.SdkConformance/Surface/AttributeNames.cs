using System;
using System.Linq;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Finds custom attributes by the full name of their type.</summary>
public static class AttributeNames
{
    /// <summary>The full name of the attribute type of <paramref name="handle"/>.</summary>
    public static string TypeNameOf(MetadataReader reader, CustomAttributeHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var constructor = reader.GetCustomAttribute(handle).Constructor;
        var parent = constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(),
            _ => default(EntityHandle),
        };
        return parent.Kind switch
        {
            HandleKind.TypeReference => ClrTypeNames.Of(reader, (TypeReferenceHandle)parent),
            HandleKind.TypeDefinition => ClrTypeNames.Of(reader, (TypeDefinitionHandle)parent),
            _ => string.Empty,
        };
    }

    /// <summary>True when one of <paramref name="attributes"/> is of type <paramref name="fullName"/>.</summary>
    public static bool Has(MetadataReader reader, CustomAttributeHandleCollection attributes, string fullName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return attributes.Any(a => string.Equals(TypeNameOf(reader, a), fullName, StringComparison.Ordinal));
    }
}
