using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.Rows;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// When a recomputation leaves a statement's stored lines as they are. Events price each line on top of the period
/// total (a back-dated line carries the catch-up), so the same transactions can be split into line amounts in more than
/// one way that all add up to the commission on the total. A recomputation that finds the same transactions, credits and
/// shares (plus, possibly, credit-0 lines of transactions no longer credited), and the same sum per kind of line,
/// changes no money: the lines, and the traces that explain how each was priced when it was written, stand.
/// </summary>
internal static class StoredLines
{
    public static bool Stand(IReadOnlyList<LineRow> stored, StatementComputation computation)
    {
        var engineLines = stored.Where(l => l.Kind != CommissionLineKind.Adjustment).ToList();
        var byKey = engineLines.GroupBy(l => l.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var line in computation.Lines)
        {
            if (!byKey.TryGetValue(LineKeys.Of(line.Kind, line.SourceId), out var rows)
                || rows.FindIndex(r => SameTransaction(r, line)) is var index && index < 0)
            {
                return false;
            }

            rows.RemoveAt(index);
        }

        // A transaction no longer credited keeps a line of credit 0 holding what its earlier lines still owe.
        if (byKey.Values.SelectMany(r => r).Any(r => (r.CreditAmount ?? 0m) != 0m))
        {
            return false;
        }

        return engineLines.Select(l => l.Kind).Concat(computation.Lines.Select(l => l.Kind)).Distinct().All(kind =>
            computation.Lines.Where(l => l.Kind == kind).Sum(l => l.CommissionAmount)
                == engineLines.Where(r => r.Kind == kind).Sum(r => r.CommissionAmount ?? 0m));
    }

    public static bool SameNumbers(LineRow row, CommissionLine line) =>
        SameTransaction(row, line)
        && row.RatePercent == line.RatePercent
        && row.CommissionAmount == line.CommissionAmount;

    private static bool SameTransaction(LineRow row, CommissionLine line) =>
        row.TransactionDate == line.TransactionDate
        && row.CreditAmount == line.CreditAmount
        && row.SplitPercent == line.SplitPercent;
}
