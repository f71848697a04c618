using System;
using System.Collections.Generic;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>
/// Visible properties: <c>property [protected ][static ][virtual |override |abstract ]Type Name { get; set; }</c>, indexers as
/// <c>Type this[Type name]</c>; a less visible accessor is written <c>protected set;</c>, a non-visible one is left out and noted
/// <c>/* non-visible: set */</c>.
/// </summary>
public static class PropertyLines
{
    /// <summary>The property facts of a type; every accessor met is added to <paramref name="accessors"/>.</summary>
    public static IEnumerable<string> Of(TypeContext type, ISet<MethodDefinitionHandle> accessors)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(accessors);
        var reader = type.Reader;
        var lines = new List<string>();
        foreach (var handle in type.Definition.GetProperties())
        {
            var property = reader.GetPropertyDefinition(handle);
            var methods = property.GetAccessors();
            if (!methods.Getter.IsNil)
            {
                accessors.Add(methods.Getter);
            }

            if (!methods.Setter.IsNil)
            {
                accessors.Add(methods.Setter);
            }

            var line = Render(type, property, methods);
            if (line is not null)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string? Render(TypeContext type, PropertyDefinition property, PropertyAccessors methods)
    {
        var reader = type.Reader;
        MethodDefinition? getter = methods.Getter.IsNil ? null : reader.GetMethodDefinition(methods.Getter);
        MethodDefinition? setter = methods.Setter.IsNil ? null : reader.GetMethodDefinition(methods.Setter);
        var getRank = getter is { } g ? MemberVisibility.Rank(g.Attributes) : 0;
        var setRank = setter is { } s ? MemberVisibility.Rank(s.Attributes) : 0;
        if (getRank == 0 && setRank == 0)
        {
            return null;
        }

        var main = getRank >= setRank ? getter!.Value : setter!.Value;
        var rank = Math.Max(getRank, setRank);
        var modifiers = MemberVisibility.Prefix(main.Attributes) + MethodModifiers.For(main.Attributes, type.IsInterface);
        var signature = property.DecodeSignature(ListingTypeProvider.Instance, type.Names);
        var name = reader.GetString(property.Name);
        if (signature.ParameterTypes.Length > 0)
        {
            var source = main;
            var indexTypes = source.DecodeSignature(ListingTypeProvider.Instance, type.Names).ParameterTypes;
            name = "this[" + ParameterListText.Of(reader, source, indexTypes, signature.ParameterTypes.Length) + "]";
        }

        var body = "{ " + Accessor(getter, getRank, rank, "get") + Accessor(setter, setRank, rank, "set") + "}";
        var hidden = new List<string>();
        if (getter is not null && getRank == 0)
        {
            hidden.Add("get");
        }

        if (setter is not null && setRank == 0)
        {
            hidden.Add("set");
        }

        var note = hidden.Count == 0 ? string.Empty : " /* non-visible: " + string.Join(", ", hidden) + " */";
        return "property " + modifiers + signature.ReturnType + " " + name + " " + body + note;
    }

    private static string Accessor(MethodDefinition? accessor, int accessorRank, int propertyRank, string word)
    {
        if (accessor is not { } method || accessorRank == 0)
        {
            return string.Empty;
        }

        var prefix = accessorRank < propertyRank ? MemberVisibility.Prefix(method.Attributes) : string.Empty;
        return prefix + word + "; ";
    }
}
