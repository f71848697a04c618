using System;
using System.Collections.Generic;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Visible events: <c>event [protected ][static ][virtual …]Type Name</c>.</summary>
public static class EventLines
{
    /// <summary>The event facts of a type; every accessor met is added to <paramref name="accessors"/>.</summary>
    public static IEnumerable<string> Of(TypeContext type, ISet<MethodDefinitionHandle> accessors)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(accessors);
        var reader = type.Reader;
        var lines = new List<string>();
        foreach (var handle in type.Definition.GetEvents())
        {
            var definition = reader.GetEventDefinition(handle);
            var methods = definition.GetAccessors();
            foreach (var accessor in new[] { methods.Adder, methods.Remover, methods.Raiser })
            {
                if (!accessor.IsNil)
                {
                    accessors.Add(accessor);
                }
            }

            if (methods.Adder.IsNil)
            {
                continue;
            }

            var adder = reader.GetMethodDefinition(methods.Adder);
            if (!MemberVisibility.IsVisible(adder.Attributes))
            {
                continue;
            }

            var modifiers = MemberVisibility.Prefix(adder.Attributes) + MethodModifiers.For(adder.Attributes, type.IsInterface);
            lines.Add("event " + modifiers + TypeText.Of(reader, definition.Type, type.Names) + " " + reader.GetString(definition.Name));
        }

        return lines;
    }
}
