using System.Collections.Generic;
using SalesPerf.SdkConformance.Listing;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>The visible surface of a built assembly rendered in the listing's line format.</summary>
/// <param name="Path">The file that was read.</param>
/// <param name="Identity">The assembly identity.</param>
/// <param name="TypeCount">How many visible types were rendered.</param>
/// <param name="Lines">Type and member lines (no attribute lines), in type order then listing group order.</param>
public sealed record AssemblySurface(string Path, AssemblyIdentityFacts Identity, int TypeCount, IReadOnlyList<ApiLine> Lines);
