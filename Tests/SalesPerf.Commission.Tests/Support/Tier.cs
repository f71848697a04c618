namespace SalesPerf.Commission.Tests.Support;

/// <summary>A tier to create: [lower, upper) at rate percent.</summary>
public sealed record Tier(decimal Lower, decimal? Upper, decimal Rate);
