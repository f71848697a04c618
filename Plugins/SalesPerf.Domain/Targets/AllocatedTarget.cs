namespace SalesPerf.Domain.Targets;

/// <summary>One member target an allocation creates (same KPI and period as the team target).</summary>
public readonly record struct AllocatedTarget(string Owner, decimal TargetValue);
