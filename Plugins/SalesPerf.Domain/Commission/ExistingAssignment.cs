using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Commission;

/// <summary>Another active plan assignment of the same rep: its name and its payout period.</summary>
public sealed record ExistingAssignment(string Name, DateRange Period);
