namespace SalesPerf.Domain.Commission;

/// <summary>One user's credit from one opportunity after deal splits.</summary>
public readonly record struct CreditShare(string UserId, decimal SplitPercent, decimal Credit, bool IsOwner);
