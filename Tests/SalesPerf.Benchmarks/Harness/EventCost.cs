namespace SalesPerf.Benchmarks.Harness;

/// <summary>What one event cost in organisation-service calls and in rows handed back to the caller.</summary>
public sealed record EventCost(int Calls, int RowsRead);
