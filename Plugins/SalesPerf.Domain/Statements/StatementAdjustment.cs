using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Statements;

/// <summary>A manual correction an admin or manager enters on an open statement (e.g. to settle a dispute).</summary>
public readonly record struct StatementAdjustment(string Id, CalendarDate Date, decimal Amount, string Reason);
