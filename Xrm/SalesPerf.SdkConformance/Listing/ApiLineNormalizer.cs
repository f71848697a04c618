using System;

namespace SalesPerf.SdkConformance.Listing;

/// <summary>
/// Brings a fact into the form used for comparison: attribute facts are dropped, and the
/// <c>/* non-visible: … */</c> note is removed, because an accessor no caller can see is not part of the surface.
/// </summary>
public static class ApiLineNormalizer
{
    private const string NonVisibleNote = " /* non-visible:";

    /// <summary>True when the fact is an attribute fact (<c>attribute […]</c> or <c>… @attribute […]</c>), which is not compared.</summary>
    public static bool IsAttribute(string fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.StartsWith("attribute ", StringComparison.Ordinal)
            || fact.StartsWith("module-attribute ", StringComparison.Ordinal)
            || fact.Contains(" @attribute ", StringComparison.Ordinal);
    }

    /// <summary>The comparable form of <paramref name="fact"/>.</summary>
    public static string Normalize(string fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var note = fact.IndexOf(NonVisibleNote, StringComparison.Ordinal);
        var result = note >= 0 ? fact[..note] : fact;
        return result.TrimEnd();
    }
}
