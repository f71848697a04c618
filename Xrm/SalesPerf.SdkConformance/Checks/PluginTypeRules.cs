using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>
/// The rules Dataverse puts on an IPlugin class: public, concrete, a public <c>()</c> or <c>(string, string)</c> constructor, and no
/// mutable fields of its own or inherited from a base class in the assembly (instances are cached and shared between threads).
/// An abstract class implementing IPlugin is a base, not a plugin: it passes when a concrete class of the assembly derives from it.
/// </summary>
public static class PluginTypeRules
{
    /// <summary>The violations of every plugin type of the assembly <paramref name="reader"/> reads.</summary>
    public static IReadOnlyList<string> Check(MetadataReader reader, IReadOnlyList<TypeDefinitionHandle> pluginTypes)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(pluginTypes);
        var violations = new List<string>();
        var concrete = pluginTypes.Where(h => (reader.GetTypeDefinition(h).Attributes & TypeAttributes.Abstract) == 0).ToList();
        foreach (var handle in pluginTypes.Except(concrete))
        {
            var isBase = concrete.Any(c => PluginTypeFinder.SelfAndBases(reader, c).Skip(1).Contains(handle));
            if (!isBase)
            {
                violations.Add($"`{Name(reader, handle)}` implements IPlugin but is abstract, and no concrete plugin class derives from it");
            }
        }

        foreach (var handle in concrete)
        {
            var name = Name(reader, handle);
            if (!SurfaceReader.IsVisible(reader, handle))
            {
                violations.Add($"`{name}` implements IPlugin but is not public");
            }

            if (!HasAllowedConstructor(reader, handle))
            {
                violations.Add($"`{name}` has no public constructor taking () or (System.String, System.String)");
            }

            foreach (var owner in PluginTypeFinder.SelfAndBases(reader, handle))
            {
                violations.AddRange(MutableFields(reader, owner).Select(f => owner == handle
                    ? $"`{name}` declares mutable {f}"
                    : $"`{name}` inherits mutable {f} from `{Name(reader, owner)}`"));
            }
        }

        return violations;
    }

    private static bool HasAllowedConstructor(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var names = GenericNames.None;
        return reader.GetTypeDefinition(handle).GetMethods()
            .Select(reader.GetMethodDefinition)
            .Where(m => reader.GetString(m.Name) == ".ctor" && (m.Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public)
            .Select(m => string.Join(", ", m.DecodeSignature(ListingTypeProvider.Instance, names).ParameterTypes))
            .Any(p => p is "" or "System.String, System.String");
    }

    private static IEnumerable<string> MutableFields(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var names = new GenericNames(GenericParameterText.Names(reader, type.GetGenericParameters()), []);
        foreach (var field in type.GetFields().Select(reader.GetFieldDefinition))
        {
            var attributes = field.Attributes;
            if ((attributes & (FieldAttributes.InitOnly | FieldAttributes.Literal)) != 0)
            {
                continue;
            }

            var scope = (attributes & FieldAttributes.Static) != 0 ? "static" : "instance";
            var fieldName = reader.GetString(field.Name);
            if (fieldName.StartsWith('<') && fieldName.EndsWith(">k__BackingField", StringComparison.Ordinal))
            {
                fieldName = fieldName[1..fieldName.IndexOf('>', StringComparison.Ordinal)] + " (auto-property backing field)";
            }

            yield return $"{scope} field `{field.DecodeSignature(ListingTypeProvider.Instance, names)} {fieldName}`";
        }
    }

    private static string Name(MetadataReader reader, TypeDefinitionHandle handle) => ClrTypeNames.Of(reader, handle);
}
