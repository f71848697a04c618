using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// A line already on a closed (Approved, Disputed-after-approval or Paid) statement: what was paid for a transaction.
/// Earning lines carry their credit; clawback lines carry credit 0 and a negative amount.
/// </summary>
public readonly record struct PaidLine(string TransactionId, CalendarDate TransactionDate, decimal CreditAmount, decimal SplitPercent, decimal CommissionAmount);
