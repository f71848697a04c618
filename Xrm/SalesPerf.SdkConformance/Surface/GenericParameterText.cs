using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Renders generic parameter lists (<c>&lt;T, U&gt;</c>) and their constraints (<c> where T : class, Base, new()</c>).</summary>
public static class GenericParameterText
{
    /// <summary>The names of the generic parameters, in order.</summary>
    public static IReadOnlyList<string> Names(MetadataReader reader, GenericParameterHandleCollection parameters)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return parameters.Select(h => reader.GetString(reader.GetGenericParameter(h).Name)).ToList();
    }

    /// <summary><c>&lt;T, U&gt;</c> for the parameters from <paramref name="skip"/> on, with variance; empty when there are none.</summary>
    public static string List(MetadataReader reader, GenericParameterHandleCollection parameters, int skip)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = parameters.Skip(skip).Select(h =>
        {
            var parameter = reader.GetGenericParameter(h);
            var variance = (parameter.Attributes & GenericParameterAttributes.VarianceMask) switch
            {
                GenericParameterAttributes.Covariant => "out ",
                GenericParameterAttributes.Contravariant => "in ",
                _ => string.Empty,
            };
            return variance + reader.GetString(parameter.Name);
        }).ToList();
        return items.Count == 0 ? string.Empty : "<" + string.Join(", ", items) + ">";
    }

    /// <summary>The <c> where …</c> clauses for the parameters from <paramref name="skip"/> on, rendered in <paramref name="names"/>.</summary>
    public static string Constraints(MetadataReader reader, GenericParameterHandleCollection parameters, int skip, GenericNames names)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var clauses = new List<string>();
        foreach (var handle in parameters.Skip(skip))
        {
            var parameter = reader.GetGenericParameter(handle);
            var items = new List<string>();
            var special = parameter.Attributes & GenericParameterAttributes.SpecialConstraintMask;
            var isStruct = (special & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0;
            if ((special & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                items.Add("class");
            }

            if (isStruct)
            {
                items.Add("struct");
            }

            foreach (var constraintHandle in parameter.GetConstraints())
            {
                var type = TypeText.Of(reader, reader.GetGenericParameterConstraint(constraintHandle).Type, names);
                if (!(isStruct && type == "System.ValueType"))
                {
                    items.Add(type);
                }
            }

            if (!isStruct && (special & GenericParameterAttributes.DefaultConstructorConstraint) != 0)
            {
                items.Add("new()");
            }

            if (items.Count > 0)
            {
                clauses.Add(" where " + reader.GetString(parameter.Name) + " : " + string.Join(", ", items));
            }
        }

        return string.Concat(clauses);
    }
}
