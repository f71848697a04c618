using System;
using System.Collections.Generic;
using System.Text;

namespace SalesPerf.SdkConformance.Listing;

/// <summary>Converts between listing type keys (<c>Ns.Name&lt;T, U&gt;</c>, <c>Outer+Inner</c>) and metadata names (<c>Ns.Name`2</c>).</summary>
public static class TypeKeyNames
{
    /// <summary><c>Microsoft.Xrm.Sdk.DataCollection&lt;TKey, TValue&gt;</c> becomes <c>Microsoft.Xrm.Sdk.DataCollection`2</c>.</summary>
    public static string ToMetadataName(string typeKey)
    {
        ArgumentNullException.ThrowIfNull(typeKey);
        var result = new StringBuilder();
        foreach (var segment in SplitNested(typeKey))
        {
            if (result.Length > 0)
            {
                result.Append('+');
            }

            var open = segment.IndexOf('<', StringComparison.Ordinal);
            if (open < 0)
            {
                result.Append(segment);
                continue;
            }

            var arity = SignatureText.SplitTopLevel(segment[(open + 1)..^1]).Count;
            result.Append(segment, 0, open).Append('`').Append(arity);
        }

        return result.ToString();
    }

    /// <summary>The generic parameter names written in a type key, outermost first.</summary>
    public static IReadOnlyList<string> GenericParameterNames(string typeKey)
    {
        ArgumentNullException.ThrowIfNull(typeKey);
        var names = new List<string>();
        foreach (var segment in SplitNested(typeKey))
        {
            var open = segment.IndexOf('<', StringComparison.Ordinal);
            if (open >= 0)
            {
                names.AddRange(SignatureText.SplitTopLevel(segment[(open + 1)..^1]));
            }
        }

        return names;
    }

    private static List<string> SplitNested(string typeKey)
    {
        var segments = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < typeKey.Length; i++)
        {
            switch (typeKey[i])
            {
                case '<': depth++; break;
                case '>': depth--; break;
                case '+' when depth == 0:
                    segments.Add(typeKey[start..i]);
                    start = i + 1;
                    break;
            }
        }

        segments.Add(typeKey[start..]);
        return segments;
    }
}
