using System;
using System.Collections.Generic;

namespace SalesPerf.SdkConformance.Listing;

/// <summary>Small text helpers for rendered signatures: splitting at top-level commas and finding the matching bracket.</summary>
public static class SignatureText
{
    /// <summary>Splits <c>A, B&lt;C, D&gt;, E[]</c> into its top-level items, trimmed; an empty text gives no items.</summary>
    public static IReadOnlyList<string> SplitTopLevel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<string>();
        if (text.Trim().Length == 0)
        {
            return items;
        }

        var depth = 0;
        var start = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && (i == 0 || text[i - 1] != '\\'))
            {
                inString = !inString;
            }

            if (inString)
            {
                continue;
            }

            switch (c)
            {
                case '<' or '[' or '(': depth++; break;
                case '>' or ']' or ')': depth--; break;
                case ',' when depth == 0:
                    items.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        items.Add(text[start..].Trim());
        return items;
    }

    /// <summary>The index of the bracket closing the one at <paramref name="open"/>, or -1.</summary>
    public static int MatchingClose(string text, int open)
    {
        ArgumentNullException.ThrowIfNull(text);
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '<' or '[' or '(': depth++; break;
                case '>' or ']' or ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }
}
