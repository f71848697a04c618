using System;
using System.Linq;
using SalesPerf.SdkConformance.Listing;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>Check (a): every visible type and member of a stand-in build exists identically in the real listing.</summary>
public static class StandInConformance
{
    /// <summary>Renders the stand-in at <paramref name="standInPath"/> and compares it with <paramref name="listing"/>.</summary>
    public static CheckReport Check(string standInPath, ApiListing listing, string subject)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return Check(SurfaceReader.Read(standInPath), listing, subject);
    }

    /// <summary>Compares an already rendered surface with <paramref name="listing"/>.</summary>
    public static CheckReport Check(AssemblySurface surface, ApiListing listing, string subject)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var differences = SurfaceComparer.Compare(surface.Lines, listing);
        return new CheckReport($"{subject} conformance", surface.Lines.Count, "stand-in lines",
            differences.Select(d => d.Message).ToList());
    }
}
