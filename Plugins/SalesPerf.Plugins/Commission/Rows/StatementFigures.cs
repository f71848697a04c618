using System.Collections.Generic;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>
/// A statement's computed columns as they are stored: each within its column's limits (<see cref="ComputedColumnLimits"/>),
/// with one bilingual note per value that was beyond them (an attainment of 2 × 10¹³ % on a quota of 0.01 is stored at
/// 100,000,000,000 and the trace says so), so a value the platform would refuse never faults the deal that moved it.
/// </summary>
internal sealed record StatementFigures(
    decimal CreditAmount,
    decimal AttainmentPercent,
    decimal EarnedAmount,
    decimal ClawbackAmount,
    decimal AdjustmentAmount,
    decimal PayableAmount,
    IReadOnlyList<string> OverflowNotes)
{
    public static StatementFigures Of(StatementComputation computation)
    {
        var notes = new List<string>();
        decimal Fit(string column, decimal value)
        {
            var stored = ComputedColumnLimits.Clamp(CommissionStatementColumns.EntityName, column, value) ?? value;
            if (stored != value)
            {
                notes.Add(OverflowNote.Format(column, value, stored));
            }

            return stored;
        }

        return new StatementFigures(
            Fit(CommissionStatementColumns.CreditAmount, computation.CreditAmount),
            Fit(CommissionStatementColumns.AttainmentPercent, computation.AttainmentPercent),
            Fit(CommissionStatementColumns.EarnedAmount, computation.EarnedAmount),
            Fit(CommissionStatementColumns.ClawbackAmount, computation.ClawbackAmount),
            Fit(CommissionStatementColumns.AdjustmentAmount, computation.AdjustmentAmount),
            Fit(CommissionStatementColumns.PayableAmount, computation.PayableAmount),
            notes.AsReadOnly());
    }

    /// <summary>The statement's trace followed by the overflow notes, if any.</summary>
    public string WithNotes(string trace) => OverflowNotes.Count == 0 ? trace : trace + " " + string.Join(" ", OverflowNotes);
}
