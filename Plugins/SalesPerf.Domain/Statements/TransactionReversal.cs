using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Statements;

/// <summary>A credited transaction that no longer counts (opportunity reopened or lost, order cancelled, payment deleted), and when.</summary>
public readonly record struct TransactionReversal(string TransactionId, CalendarDate ReversedOn);
