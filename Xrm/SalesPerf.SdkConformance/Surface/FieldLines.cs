using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Visible fields: <c>field [protected ][static ][readonly |const ]Type Name[ = value]</c>; enum members as <c>field Name = value</c>.</summary>
public static class FieldLines
{
    /// <summary>The field facts of a type.</summary>
    public static IEnumerable<string> Of(TypeContext type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var reader = type.Reader;
        foreach (var handle in type.Definition.GetFields())
        {
            var field = reader.GetFieldDefinition(handle);
            var name = reader.GetString(field.Name);
            if (!MemberVisibility.IsVisible(field.Attributes) || name.StartsWith('<') || (field.Attributes & FieldAttributes.RTSpecialName) != 0)
            {
                continue;
            }

            var isConst = (field.Attributes & FieldAttributes.Literal) != 0;
            var value = isConst ? " = " + ConstantText.Of(reader, field.GetDefaultValue()) : string.Empty;
            if (type.Kind == "enum")
            {
                yield return "field " + name + value;
                continue;
            }

            var modifiers = MemberVisibility.Prefix(field.Attributes);
            if (isConst)
            {
                modifiers += "const ";
            }
            else
            {
                modifiers += (field.Attributes & FieldAttributes.Static) != 0 ? "static " : string.Empty;
                modifiers += (field.Attributes & FieldAttributes.InitOnly) != 0 ? "readonly " : string.Empty;
            }

            var fieldType = field.DecodeSignature(ListingTypeProvider.Instance, type.Names);
            yield return "field " + modifiers + fieldType + " " + name + value;
        }
    }
}
