using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// A credited transaction that no longer counts (opportunity reopened or lost, order cancelled, payment deleted), and
/// when; or, with <see cref="KeptPercent"/>, one that still counts but is now credited to the rep at a smaller share
/// than she was paid for (a deal split added or raised after her statement closed): she keeps that percent.
/// </summary>
public readonly record struct TransactionReversal(string TransactionId, CalendarDate ReversedOn, decimal? KeptPercent = null)
{
    /// <summary>The deal stands and was divided again: what was paid above the kept share is taken back, whatever the clawback window.</summary>
    public bool IsRedivision => KeptPercent.HasValue;
}
