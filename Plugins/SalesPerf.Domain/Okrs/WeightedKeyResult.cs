namespace SalesPerf.Domain.Okrs;

/// <summary>An active key result as its objective's roll-up sees it: its weight and its progress in percent.</summary>
public sealed record WeightedKeyResult(decimal Weight, decimal Progress);
