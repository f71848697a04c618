using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.SdkConformance.Listing;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>
/// Compares rendered stand-in lines with the real listing: every stand-in type and member line must be a line of the listing
/// (the stand-in may be a subset, never a superset or a variant).
/// </summary>
public static class SurfaceComparer
{
    /// <summary>The differences, one per stand-in line the listing does not have (one per type when the whole type is unknown).</summary>
    public static IReadOnlyList<ConformanceDifference> Compare(IEnumerable<ApiLine> standInLines, ApiListing listing)
    {
        ArgumentNullException.ThrowIfNull(standInLines);
        ArgumentNullException.ThrowIfNull(listing);
        var differences = new List<ConformanceDifference>();
        var unknownTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in standInLines)
        {
            if (!listing.HasType(line.Key))
            {
                if (unknownTypes.Add(line.Key))
                {
                    differences.Add(new ConformanceDifference(line, null,
                        $"stand-in has type `{line.Key}`; the real SDK has no such public type"));
                }

                continue;
            }

            var normalized = new ApiLine(line.Key, ApiLineNormalizer.Normalize(line.Fact));
            if (listing.Contains(normalized))
            {
                continue;
            }

            var closest = Closest(normalized, listing.LinesOf(line.Key));
            var message = $"stand-in has `{normalized.Fact}` on {line.Key}; the real SDK does not"
                + (closest is null ? string.Empty : $" (closest real line: `{closest}`)");
            differences.Add(new ConformanceDifference(line, closest, message));
        }

        return differences;
    }

    /// <summary>The real fact of the same kind and member name that differs least from <paramref name="line"/>, or null.</summary>
    public static string? Closest(ApiLine line, IEnumerable<ApiLine> realLines)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(realLines);
        var kind = MemberNames.KindOf(line.Fact);
        var name = MemberNames.Of(line.Fact);
        if (kind == "implements")
        {
            return null;
        }

        return realLines
            .Where(r => MemberNames.KindOf(r.Fact) == kind && MemberNames.Of(r.Fact) == name)
            .Select(r => r.Fact)
            .OrderBy(f => EditDistance.Between(f, line.Fact))
            .ThenBy(f => f, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
