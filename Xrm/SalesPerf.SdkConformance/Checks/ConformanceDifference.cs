using SalesPerf.SdkConformance.Listing;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>A stand-in line that the real SDK's listing does not have.</summary>
/// <param name="StandInLine">The stand-in's line.</param>
/// <param name="ClosestRealLine">The real line of the same kind and member name that differs least, when there is one.</param>
/// <param name="Message">The readable sentence.</param>
public sealed record ConformanceDifference(ApiLine StandInLine, string? ClosestRealLine, string Message);
