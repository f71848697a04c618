using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SalesPerf.SdkConformance.Listing;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Reads a built assembly's metadata (never loading it) and renders its visible surface in the listing's format.</summary>
public static class SurfaceReader
{
    /// <summary>Renders the visible surface of the assembly at <paramref name="path"/>.</summary>
    public static AssemblySurface Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var lines = new List<ApiLine>();
        var typeCount = 0;
        foreach (var handle in reader.TypeDefinitions)
        {
            if (!IsVisible(reader, handle))
            {
                continue;
            }

            typeCount++;
            lines.AddRange(RenderType(reader, handle));
        }

        return new AssemblySurface(path, IdentityOf(reader), typeCount, lines);
    }

    /// <summary>The identity of the assembly that <paramref name="reader"/> reads.</summary>
    public static AssemblyIdentityFacts IdentityOf(MetadataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var assembly = reader.GetAssemblyDefinition();
        var culture = reader.GetString(assembly.Culture);
        return new AssemblyIdentityFacts(
            reader.GetString(assembly.Name),
            assembly.Version.ToString(),
            culture.Length == 0 ? "neutral" : culture,
            Convert.ToHexStringLower(reader.GetBlobBytes(assembly.PublicKey)));
    }

    /// <summary>True for a public top-level type, or a nested public/protected type inside a visible type.</summary>
    public static bool IsVisible(MetadataReader reader, TypeDefinitionHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var definition = reader.GetTypeDefinition(handle);
        if (!MemberVisibility.IsVisibleOwnVisibility(definition.Attributes))
        {
            return false;
        }

        var declaring = definition.GetDeclaringType();
        return declaring.IsNil || IsVisible(reader, declaring);
    }

    private static IEnumerable<string> ByName(IEnumerable<string> facts) =>
        facts.OrderBy(MemberNames.Of, StringComparer.Ordinal).ThenBy(f => f, StringComparer.Ordinal);

    /// <summary>The lines of one visible type, in listing group order.</summary>
    public static IEnumerable<ApiLine> RenderType(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = TypeContext.Create(reader, handle);
        var accessors = new HashSet<MethodDefinitionHandle>();
        var properties = PropertyLines.Of(type, accessors).ToList();
        var events = EventLines.Of(type, accessors).ToList();
        var facts = TypeHeaderLines.Of(type, h => h.Kind != HandleKind.TypeDefinition || IsVisible(reader, (TypeDefinitionHandle)h)).ToList();
        var methods = MethodLines.Of(type, accessors).ToList();
        facts.AddRange(ByName(FieldLines.Of(type)));
        facts.AddRange(methods.Where(m => m.StartsWith("ctor", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        facts.AddRange(ByName(properties));
        facts.AddRange(ByName(methods.Where(m => !m.StartsWith("ctor", StringComparison.Ordinal))));
        facts.AddRange(ByName(events));
        return facts.Select(f => new ApiLine(type.Key, f));
    }
}
