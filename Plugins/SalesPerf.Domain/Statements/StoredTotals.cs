namespace SalesPerf.Domain.Statements;

/// <summary>An Open statement's computed columns as stored: what one event's change is computed against.</summary>
public readonly record struct StoredTotals(decimal Credit, decimal Earned, decimal Clawback, decimal Adjustment);
