namespace SalesPerf.Domain.Recognition;

/// <summary>When a target's attainment move earns a first-to-reach honour.</summary>
public static class HonourCrossing
{
    /// <summary>
    /// True when the attainment moved from below the threshold (or from none) to the threshold or above. Falling back
    /// and rising again crosses again; the grant is still once per rule and period (the engine checks what was granted).
    /// </summary>
    public static bool Crosses(decimal threshold, decimal? before, decimal? after) =>
        after is { } now && now >= threshold && (before is not { } then || then < threshold);
}
