using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// One basis transaction (opportunity, order, payment) changed. Every Open statement it is or was on gets its change through
/// <see cref="StatementEvents"/>: only the transaction's own lines and the statement's totals are written (docs/domain-rules.md
/// "Late events"), each statement once:
/// <list type="number">
/// <item>the assignments of the users it is credited to now (owner and split users, on its date) are recomputed, and
/// their statement is created if this is their first credit;</item>
/// <item>Open statements that hold a line for it are recomputed (it may have moved, changed or gone);</item>
/// <item>a user who was paid for it on a statement that is no longer Open, and is no longer credited, gets a clawback
/// on their current open statement (the assignment whose period contains the clock's today), created if needed. The
/// domain decides whether the clawback window still allows it; the closed statement never changes;</item>
/// <item>a user paid for it on such a statement who is still credited, but at a smaller share (a deal split added or
/// raised since), gets the share paid above the current one taken back on that same current open statement, whatever
/// the window: a deal is never credited more than 100 %.</item>
/// </list>
/// </summary>
internal static class CommissionEvents
{
    public static void TransactionChanged(
        LocalPluginContext context, string sourceId, IReadOnlyCollection<int> bases, IReadOnlyList<CreditedUser> credited, bool removedNow)
    {
        var assignments = new AssignmentReader(context.SystemService);
        var lines = new StatementReader(context.SystemService).LinesOfSource(sourceId);
        var touched = new List<AssignmentRow>();
        var reversals = new Dictionary<Guid, TransactionReversal>();
        foreach (var day in credited.GroupBy(c => c.Date))
        {
            foreach (var assignment in assignments.ForOwnersOn(day.Select(c => c.UserId).Distinct().ToList(), day.Key, bases))
            {
                Add(touched, assignment);
            }
        }

        foreach (var open in lines.Where(l => l.Status == StatementStatus.Open).Select(l => l.AssignmentId).Distinct().Where(id => touched.All(a => a.Id != id)).ToList())
        {
            var assignment = assignments.ById(open);
            if (assignment is not null)
            {
                Add(touched, assignment);
            }
        }

        var today = CalendarDate.FromDateTime(context.Clock.UtcToday);
        var shares = credited.GroupBy(c => c.UserId).ToDictionary(g => g.Key, g => g.First().SplitPercent);
        foreach (var owner in lines.Where(l => l.Status != StatementStatus.Open).GroupBy(l => l.OwnerId))
        {
            if (owner.Sum(l => l.Line.CommissionAmount ?? 0m) <= 0m)
            {
                continue;
            }

            var reversal = Reversal(sourceId, today, owner.Key, owner.ToList(), lines, shares);
            if (reversal is null)
            {
                continue;
            }

            foreach (var current in assignments.ForOwnerOn(owner.Key, today, bases).Take(1))
            {
                context.Trace(
                    reversal.Value.IsRedivision
                        ? "Transaction {0} divided again after its statement closed: the share above {2} % is taken back on assignment {1:D}."
                        : "Transaction {0} reversed after its statement closed: clawback considered on assignment {1:D}.",
                    sourceId, current.Id, reversal.Value.KeptPercent ?? 0m);
                Add(touched, current);
                reversals[current.Id] = reversal.Value;
            }
        }

        // Credited to nobody now (reopened, lost, cancelled, deleted): its credit is not read again.
        var reads = new EventReads(context, sourceId, removedNow || credited.Count == 0);
        foreach (var assignment in touched)
        {
            StatementEvents.Apply(context, reads, assignment, lines, reversals.TryGetValue(assignment.Id, out var reversal) ? reversal : null);
        }
    }

    /// <summary>Recomputes every open statement of the assignments (plan, tier or assignment changed).</summary>
    public static void AssignmentsChanged(LocalPluginContext context, IEnumerable<AssignmentRow> assignments)
    {
        var done = new HashSet<Guid>();
        foreach (var assignment in assignments)
        {
            Once(context, done, assignment, RecomputeRequest.Plain);
        }
    }

    /// <summary>
    /// What a user paid for the transaction on a closed statement is owed now: a reversal when no longer credited; a
    /// re-division keeping the current share when it is below the share paid (a split added or raised), or when a
    /// re-division already waits on an open statement (the share changed again); else nothing.
    /// </summary>
    private static TransactionReversal? Reversal(
        string sourceId, CalendarDate today, Guid ownerId, IReadOnlyList<SourceLine> closed, IReadOnlyList<SourceLine> lines, IReadOnlyDictionary<Guid, decimal> shares)
    {
        if (!shares.TryGetValue(ownerId, out var share))
        {
            return new TransactionReversal(sourceId, today);
        }

        var paidShare = closed
            .Where(l => l.Line.Kind == CommissionLineKind.Earning && (l.Line.CreditAmount ?? 0m) > 0m)
            .OrderByDescending(l => l.Line.TransactionDate)
            .Select(l => l.Line.SplitPercent ?? 100m)
            .FirstOrDefault();
        var pending = lines.Any(l => l.OwnerId == ownerId && l.Status == StatementStatus.Open
            && l.Line.Kind == CommissionLineKind.Clawback && (l.Line.CreditAmount ?? 0m) < 0m);
        return share < paidShare || pending ? new TransactionReversal(sourceId, today, share) : null;
    }

    private static void Add(List<AssignmentRow> touched, AssignmentRow assignment)
    {
        if (touched.All(a => a.Id != assignment.Id))
        {
            touched.Add(assignment);
        }
    }

    private static void Once(LocalPluginContext context, HashSet<Guid> done, AssignmentRow assignment, RecomputeRequest request)
    {
        if (done.Add(assignment.Id))
        {
            StatementEngine.Recompute(context, assignment, request);
        }
    }
}
