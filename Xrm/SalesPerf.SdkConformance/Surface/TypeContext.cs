using System;
using System.Linq;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>What member renderers need to know about the type being rendered.</summary>
/// <param name="Reader">The metadata reader.</param>
/// <param name="Definition">The type.</param>
/// <param name="Key">The listing key, e.g. <c>Microsoft.Xrm.Sdk.DataCollection&lt;T&gt;</c>.</param>
/// <param name="Names">The names of the type's generic parameters (including those copied from enclosing types).</param>
/// <param name="Kind">class, interface, struct, enum or delegate.</param>
public sealed record TypeContext(MetadataReader Reader, TypeDefinition Definition, string Key, GenericNames Names, string Kind)
{
    /// <summary>True when the type is an interface (its members have no modifiers).</summary>
    public bool IsInterface => Kind == "interface";

    /// <summary>Builds the context for the type at <paramref name="handle"/>.</summary>
    public static TypeContext Create(MetadataReader reader, TypeDefinitionHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var definition = reader.GetTypeDefinition(handle);
        var names = new GenericNames(GenericParameterText.Names(reader, definition.GetGenericParameters()), []);
        return new TypeContext(reader, definition, KeyOf(reader, handle), names, TypeKindOf(reader, definition));
    }

    /// <summary>The listing key of a type definition: full name plus its own generic parameter names.</summary>
    public static string KeyOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var definition = reader.GetTypeDefinition(handle);
        var declaring = definition.GetDeclaringType();
        var inherited = declaring.IsNil ? 0 : reader.GetTypeDefinition(declaring).GetGenericParameters().Count;
        var prefix = declaring.IsNil
            ? ClrTypeNames.Of(reader, handle)
            : KeyOf(reader, declaring) + "+" + ClrTypeNames.StripArity(reader.GetString(definition.Name));
        var own = GenericParameterText.Names(reader, definition.GetGenericParameters());
        return own.Count <= inherited ? prefix : prefix + "<" + string.Join(", ", own.Skip(inherited)) + ">";
    }

    private static string TypeKindOf(MetadataReader reader, TypeDefinition definition)
    {
        if ((definition.Attributes & System.Reflection.TypeAttributes.Interface) != 0)
        {
            return "interface";
        }

        var fullName = reader.GetString(definition.Namespace) + "." + reader.GetString(definition.Name);
        return TypeText.Of(reader, definition.BaseType, GenericNames.None) switch
        {
            "System.Enum" => "enum",
            "System.ValueType" when fullName != "System.Enum" => "struct",
            "System.MulticastDelegate" => "delegate",
            _ => "class",
        };
    }
}
