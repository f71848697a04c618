using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Statements;

/// <summary>One transaction's earning or clawback line as stored on the statement an event changes.</summary>
public readonly record struct StoredLine(CalendarDate Date, decimal Credit, decimal SplitPercent, decimal Commission);
