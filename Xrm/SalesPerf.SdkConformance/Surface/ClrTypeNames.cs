using System;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Full CLR names of type definitions and references as the listing writes them (<c>Outer+Inner</c>, no arity suffix).</summary>
public static class ClrTypeNames
{
    /// <summary>The full name of a type definition, without generic arity or parameters.</summary>
    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var type = reader.GetTypeDefinition(handle);
        var name = StripArity(reader.GetString(type.Name));
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return Of(reader, declaring) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>The full name of a type reference, without generic arity or parameters.</summary>
    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var type = reader.GetTypeReference(handle);
        var name = StripArity(reader.GetString(type.Name));
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return Of(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>The metadata name of a type reference, with arity (<c>Ns.Name`1</c>, <c>Outer+Inner</c>).</summary>
    public static string MetadataNameOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return MetadataNameOf(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>The metadata name of a type definition, with arity.</summary>
    public static string MetadataNameOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return MetadataNameOf(reader, declaring) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Removes a <c>`N</c> generic arity suffix.</summary>
    public static string StripArity(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
