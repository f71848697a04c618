using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Renders parameters as the listing does: <c>[params ][ref |out |in ]Type name[ = default]</c>, joined by <c>", "</c>.</summary>
public static class ParameterListText
{
    /// <summary>The parameters of <paramref name="method"/>, using its decoded <paramref name="types"/>; <paramref name="count"/> limits how many (for indexers).</summary>
    public static string Of(MetadataReader reader, MethodDefinition method, IReadOnlyList<string> types, int count)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(types);
        var parameters = new Parameter?[types.Count];
        foreach (var handle in method.GetParameters())
        {
            var parameter = reader.GetParameter(handle);
            if (parameter.SequenceNumber > 0 && parameter.SequenceNumber <= types.Count)
            {
                parameters[parameter.SequenceNumber - 1] = parameter;
            }
        }

        var rendered = new List<string>(count);
        for (var i = 0; i < count && i < types.Count; i++)
        {
            rendered.Add(One(reader, parameters[i], types[i], i));
        }

        return string.Join(", ", rendered);
    }

    private static string One(MetadataReader reader, Parameter? parameter, string type, int position)
    {
        var name = parameter is { } p ? reader.GetString(p.Name) : "arg" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var attributes = parameter?.Attributes ?? ParameterAttributes.None;
        var prefix = string.Empty;
        if (parameter is { } withAttributes && AttributeNames.Has(reader, withAttributes.GetCustomAttributes(), "System.ParamArrayAttribute"))
        {
            prefix = "params ";
        }

        if (type.EndsWith('&'))
        {
            type = type[..^1];
            var isOut = (attributes & ParameterAttributes.Out) != 0;
            var isIn = (attributes & ParameterAttributes.In) != 0;
            prefix += (isOut, isIn) switch
            {
                (true, false) => "out ",
                (false, true) => "in ",
                _ => "ref ",
            };
        }

        var text = prefix + type + " " + name;
        if ((attributes & ParameterAttributes.HasDefault) != 0 && parameter is { } withDefault)
        {
            text += " = " + ConstantText.Of(reader, withDefault.GetDefaultValue());
        }

        return text;
    }
}
