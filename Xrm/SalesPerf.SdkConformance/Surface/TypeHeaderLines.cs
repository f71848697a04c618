using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>The header facts of a type: <c>type …</c>, <c>typeparams …</c>, <c>extends …</c>, <c>implements …</c>, <c>enum-underlying …</c>.</summary>
public static class TypeHeaderLines
{
    /// <summary>The metadata bit that <c>[Serializable]</c> sets (TypeAttributes.Serializable, named without the obsolete member).</summary>
    private const TypeAttributes SerializableFlag = (TypeAttributes)0x2000;

    /// <summary>The header facts, in listing order.</summary>
    public static IEnumerable<string> Of(TypeContext type, Func<EntityHandle, bool> isVisibleType)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(isVisibleType);
        var reader = type.Reader;
        var definition = type.Definition;
        yield return TypeLine(type);

        var declaring = definition.GetDeclaringType();
        var inherited = declaring.IsNil ? 0 : reader.GetTypeDefinition(declaring).GetGenericParameters().Count;
        var parameters = definition.GetGenericParameters();
        if (parameters.Count > inherited)
        {
            yield return "typeparams " + GenericParameterText.List(reader, parameters, inherited)
                + GenericParameterText.Constraints(reader, parameters, inherited, type.Names);
        }

        if (type.Kind == "class" && !definition.BaseType.IsNil)
        {
            yield return "extends " + TypeText.Of(reader, definition.BaseType, type.Names);
        }

        if (type.Kind is "class" or "interface" or "struct")
        {
            var interfaces = definition.GetInterfaceImplementations()
                .Select(h => reader.GetInterfaceImplementation(h).Interface)
                .Where(isVisibleType)
                .Select(h => "implements " + TypeText.Of(reader, h, type.Names))
                .Order(StringComparer.Ordinal);
            foreach (var line in interfaces)
            {
                yield return line;
            }
        }

        if (type.Kind == "enum")
        {
            var valueField = definition.GetFields().Select(reader.GetFieldDefinition)
                .FirstOrDefault(f => (f.Attributes & FieldAttributes.Static) == 0);
            yield return "enum-underlying " + valueField.DecodeSignature(ListingTypeProvider.Instance, type.Names);
        }
    }

    private static string TypeLine(TypeContext type)
    {
        var attributes = type.Definition.Attributes;
        var visibility = (attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.NestedFamily => "protected ",
            TypeAttributes.NestedFamORAssem => "protected internal ",
            _ => string.Empty,
        };
        var modifier = type.Kind != "class" ? string.Empty : (attributes & (TypeAttributes.Abstract | TypeAttributes.Sealed)) switch
        {
            TypeAttributes.Abstract | TypeAttributes.Sealed => "static ",
            TypeAttributes.Abstract => "abstract ",
            TypeAttributes.Sealed => "sealed ",
            _ => string.Empty,
        };
        var serializable = (attributes & SerializableFlag) != 0
            ? " [serializable-flag]"
            : string.Empty;
        var declaring = type.Definition.GetDeclaringType();
        var nested = declaring.IsNil ? string.Empty : " nested-in " + TypeContext.KeyOf(type.Reader, declaring);
        return "type " + visibility + modifier + type.Kind + serializable + nested;
    }
}
