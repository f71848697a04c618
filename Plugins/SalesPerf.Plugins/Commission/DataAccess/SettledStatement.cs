using SalesPerf.Domain.Statements;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>A statement of an assignment that is Approved, Disputed or Paid: its name and status.</summary>
internal sealed record SettledStatement(string Name, StatementStatus Status);
