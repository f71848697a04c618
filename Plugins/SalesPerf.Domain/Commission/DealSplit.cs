namespace SalesPerf.Domain.Commission;

/// <summary>One <c>spm_dealsplit</c> row: <see cref="UserId"/> is credited <see cref="SplitPercent"/> of the opportunity.</summary>
public readonly record struct DealSplit(string UserId, decimal SplitPercent);
