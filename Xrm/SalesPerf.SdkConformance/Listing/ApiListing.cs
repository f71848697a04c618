using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SalesPerf.SdkConformance.Listing;

/// <summary>The parsed API listing of the real SDK: assembly facts, types and their comparable member lines.</summary>
public sealed class ApiListing
{
    /// <summary>The manifest resource name of the embedded listing of Microsoft.Xrm.Sdk 9.0.2.56.</summary>
    public const string EmbeddedResourceName = "Microsoft.Xrm.Sdk.api.txt";

    private readonly Dictionary<string, List<ApiLine>> _linesByKey;
    private readonly HashSet<string> _comparable;
    private readonly Dictionary<string, string> _typeKeysByMetadataName;

    private ApiListing(IReadOnlyList<ApiLine> assemblyFacts, Dictionary<string, List<ApiLine>> linesByKey)
    {
        AssemblyFacts = assemblyFacts;
        _linesByKey = linesByKey;
        _comparable = new HashSet<string>(
            linesByKey.Values.SelectMany(l => l).Select(l => l.ToString()),
            StringComparer.Ordinal);
        _typeKeysByMetadataName = linesByKey.Keys.ToDictionary(TypeKeyNames.ToMetadataName, k => k, StringComparer.Ordinal);
    }

    /// <summary>The <c>assembly :: …</c> lines, in listing order.</summary>
    public IReadOnlyList<ApiLine> AssemblyFacts { get; }

    /// <summary>The type keys (full names with generic parameter names, e.g. <c>Microsoft.Xrm.Sdk.DataCollection&lt;T&gt;</c>).</summary>
    public IEnumerable<string> TypeKeys => _linesByKey.Keys;

    /// <summary>The number of types.</summary>
    public int TypeCount => _linesByKey.Count;

    /// <summary>The number of comparable (non-attribute) type and member lines.</summary>
    public int LineCount => _comparable.Count;

    /// <summary>Reads the listing embedded in this library.</summary>
    public static ApiListing LoadEmbedded()
    {
        using var stream = typeof(ApiListing).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses a listing in the <c>KEY :: FACT</c> format.</summary>
    public static ApiListing Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var assemblyFacts = new List<ApiLine>();
        var byKey = new Dictionary<string, List<ApiLine>>(StringComparer.Ordinal);
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var separator = text.IndexOf(ApiLine.Separator, StringComparison.Ordinal);
            if (separator < 0)
            {
                throw new FormatException($"Listing line without ' :: ': {text}");
            }

            var key = text[..separator];
            var fact = text[(separator + ApiLine.Separator.Length)..];
            if (key == "assembly")
            {
                assemblyFacts.Add(new ApiLine(key, fact));
                continue;
            }

            if (ApiLineNormalizer.IsAttribute(fact))
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var lines))
            {
                lines = [];
                byKey.Add(key, lines);
            }

            lines.Add(new ApiLine(key, ApiLineNormalizer.Normalize(fact)));
        }

        return new ApiListing(assemblyFacts, byKey);
    }

    /// <summary>The value of the first <c>assembly :: NAME value</c> fact, or null.</summary>
    public string? AssemblyFact(string name)
    {
        var prefix = name + " ";
        return AssemblyFacts.FirstOrDefault(f => f.Fact.StartsWith(prefix, StringComparison.Ordinal))?.Fact[prefix.Length..];
    }

    /// <summary>True when the listing states exactly this (normalised) line.</summary>
    public bool Contains(ApiLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return _comparable.Contains(new ApiLine(line.Key, ApiLineNormalizer.Normalize(line.Fact)).ToString());
    }

    /// <summary>True when the listing has a type with this key.</summary>
    public bool HasType(string typeKey) => _linesByKey.ContainsKey(typeKey);

    /// <summary>The comparable lines of one type, or none.</summary>
    public IReadOnlyList<ApiLine> LinesOf(string typeKey) =>
        _linesByKey.TryGetValue(typeKey, out var lines) ? lines : [];

    /// <summary>The type key for a metadata name such as <c>Microsoft.Xrm.Sdk.DataCollection`1</c>, or null.</summary>
    public string? TypeKeyForMetadataName(string metadataName) =>
        _typeKeysByMetadataName.TryGetValue(metadataName, out var key) ? key : null;
}
