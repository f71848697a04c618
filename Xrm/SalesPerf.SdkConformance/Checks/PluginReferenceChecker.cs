using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SalesPerf.SdkConformance.Listing;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>
/// Check (b): every TypeReference and MemberReference a built assembly makes into Microsoft.Xrm.Sdk exists in the real listing
/// (types by full name; methods, accessors, constructors and fields by name and signature; generic instantiations resolved to their definitions).
/// </summary>
public static class PluginReferenceChecker
{
    /// <summary>Checks the assembly at <paramref name="assemblyPath"/>.</summary>
    public static CheckReport Check(string assemblyPath, ApiListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var violations = new List<string>();
        var checkedCount = 0;
        foreach (var handle in reader.TypeReferences)
        {
            if (!XrmReferenceScope.IsSdk(reader, handle))
            {
                continue;
            }

            checkedCount++;
            var metadataName = ClrTypeNames.MetadataNameOf(reader, handle);
            if (listing.TypeKeyForMetadataName(metadataName) is null)
            {
                violations.Add($"plugin references type `{metadataName}` in Microsoft.Xrm.Sdk; the real SDK has no such public type");
            }
        }

        var shapesByType = new Dictionary<string, ISet<string>>(StringComparer.Ordinal);
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            var parent = XrmReferenceScope.DefinitionOf(reader, member.Parent);
            if (parent.IsNil || !XrmReferenceScope.IsSdk(reader, parent))
            {
                continue;
            }

            checkedCount++;
            var typeKey = listing.TypeKeyForMetadataName(ClrTypeNames.MetadataNameOf(reader, parent));
            if (typeKey is null)
            {
                continue;
            }

            var (shape, display) = ShapeOf(reader, member, new GenericNames(TypeKeyNames.GenericParameterNames(typeKey), []));
            if (!TypeAndBasesHave(listing, typeKey, shape, shapesByType))
            {
                violations.Add($"plugin references `{display}` on {typeKey}; the real SDK does not have it");
            }
        }

        return new CheckReport("plugin references into Microsoft.Xrm.Sdk", checkedCount, "plugin references", violations);
    }

    private static (string Shape, string Display) ShapeOf(MetadataReader reader, MemberReference member, GenericNames names)
    {
        var name = reader.GetString(member.Name);
        if (member.GetKind() == MemberReferenceKind.Field)
        {
            var fieldType = member.DecodeFieldSignature(ListingTypeProvider.Instance, names);
            return (ListingMemberShapes.Field(name, fieldType), $"field {fieldType} {name}");
        }

        var signature = member.DecodeMethodSignature(ListingTypeProvider.Instance, names);
        var parameters = signature.ParameterTypes.Select(t => t.EndsWith('&') ? "ref " + t[..^1] : t).ToList();
        var isStatic = !signature.Header.IsInstance;
        var generics = signature.GenericParameterCount == 0
            ? string.Empty
            : "<" + string.Join(", ", Enumerable.Range(0, signature.GenericParameterCount).Select(i => "!!" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ">";
        var display = (isStatic ? "static " : string.Empty) + signature.ReturnType + " " + name + generics + "(" + string.Join(", ", parameters) + ")";
        return (ListingMemberShapes.Method(isStatic, name, signature.GenericParameterCount, parameters, signature.ReturnType), display);
    }

    private static bool TypeAndBasesHave(ApiListing listing, string typeKey, string shape, Dictionary<string, ISet<string>> cache)
    {
        var pending = new Queue<string>([typeKey]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var key = pending.Dequeue();
            if (!seen.Add(key))
            {
                continue;
            }

            if (!cache.TryGetValue(key, out var shapes))
            {
                shapes = ListingMemberShapes.Of(listing.LinesOf(key));
                cache.Add(key, shapes);
            }

            if (shapes.Contains(shape))
            {
                return true;
            }

            foreach (var line in listing.LinesOf(key).Where(l => l.Fact.StartsWith("extends ", StringComparison.Ordinal) || l.Fact.StartsWith("implements ", StringComparison.Ordinal)))
            {
                var baseName = line.Fact[(line.Fact.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                var lt = baseName.IndexOf('<', StringComparison.Ordinal);
                var metadataName = lt < 0 ? baseName : baseName[..lt] + "`" + SignatureText.SplitTopLevel(baseName[(lt + 1)..^1]).Count;
                if (listing.TypeKeyForMetadataName(metadataName) is { } baseKey)
                {
                    pending.Enqueue(baseKey);
                }
            }
        }

        return false;
    }
}
