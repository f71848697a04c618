using System;

namespace SalesPerf.SdkConformance.Listing;

/// <summary>Extracts the member name of a fact, to find the real line a changed stand-in line corresponds to.</summary>
public static class MemberNames
{
    /// <summary>The name of the member a fact states (<c>Foo</c> for <c>method System.String Foo()</c>; <c>ctor</c>; <c>this[]</c> for indexers; the kind word for header facts).</summary>
    public static string Of(string fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var space = fact.IndexOf(' ', StringComparison.Ordinal);
        var kind = space < 0 ? fact : fact[..space];
        if (kind.StartsWith("ctor", StringComparison.Ordinal))
        {
            return "ctor";
        }

        var rest = space < 0 ? string.Empty : fact[(space + 1)..];
        switch (kind)
        {
            case "method" or "delegate":
                var head = rest[..Math.Max(0, rest.IndexOf('(', StringComparison.Ordinal))];
                var generic = head.IndexOf('<', head.LastIndexOf(' ') + 1);
                return LastWord(generic < 0 ? head : head[..generic]);
            case "property":
                var beforeBody = rest.Split(" { ", 2)[0];
                return beforeBody.Contains(" this[", StringComparison.Ordinal) ? "this[]" : LastWord(beforeBody);
            case "field":
                return LastWord(rest.Split(" = ", 2)[0]);
            case "event":
                return LastWord(rest);
            default:
                return kind;
        }
    }

    /// <summary>The kind word of a fact, with <c>ctor(…)</c> and <c>ctor protected(…)</c> both giving <c>ctor</c>.</summary>
    public static string KindOf(string fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var end = fact.IndexOfAny([' ', '(']);
        return end < 0 ? fact : fact[..end];
    }

    private static string LastWord(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }
}
