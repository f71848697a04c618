using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.Rows;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// The reversals a statement's clawbacks are computed from: the clawback lines it holds, kept as reversals (one with a
/// negative credit as the re-division keeping its split percent), merged with those an event asks for now. A re-division
/// asked now replaces the one on the statement (the share changed again); a reversal on the statement keeps its date, so
/// its window does not move.
/// </summary>
internal static class ReversalMerge
{
    public static List<TransactionReversal> Of(IEnumerable<LineRow> stored, IReadOnlyCollection<TransactionReversal> requested)
    {
        var reversals = stored.Where(l => l.Kind == CommissionLineKind.Clawback && l.TransactionDate.HasValue)
            .Select(l => new TransactionReversal(l.SourceId, l.TransactionDate!.Value, l.CreditAmount < 0m ? l.SplitPercent ?? 0m : null))
            .ToList();
        reversals.RemoveAll(e => requested.Any(r => r.TransactionId == e.TransactionId && (r.IsRedivision || e.IsRedivision)));
        reversals.AddRange(requested.Where(r => reversals.All(e => e.TransactionId != r.TransactionId)));
        return reversals;
    }
}
