namespace SalesPerf.Plugins.Attainment;

/// <summary>What <see cref="CloseStandIn.Decide"/> chose, and the enclosing message it chose it for (null when not nested).</summary>
public sealed record NestedDecision(NestedRole Role, string? Enclosing);
