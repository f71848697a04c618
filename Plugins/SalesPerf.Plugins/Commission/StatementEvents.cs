using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Applies one transaction's change to one assignment's Open statement (domain <see cref="StatementIncrement"/>,
/// docs/domain-rules.md "Late events"): it reads the statement's stored totals, the transaction's own lines, its credit,
/// and at most <see cref="StatementIncrement.ListedLines"/> + 2 other earning lines (for the trace), and writes only the
/// transaction's earning and clawback lines and the statement. The cost does not grow with the statement. A statement is
/// created on the first line it would hold; Approved, Disputed and Paid statements are never touched.
/// </summary>
internal static class StatementEvents
{
    /// <param name="sourceLines">Every line of the transaction (any statement), read once by the event.</param>
    /// <param name="reversal">A clawback or re-division the event asks of this statement, if any.</param>
    public static void Apply(LocalPluginContext context, EventReads reads, AssignmentRow assignment, IReadOnlyList<SourceLine> sourceLines, TransactionReversal? reversal)
    {
        var service = context.SystemService;
        var statements = new StatementReader(service);
        var statement = statements.ForAssignment(assignment.Id);
        if (statement is not null && !StatementWorkflow.IsRecomputable(statement.Status))
        {
            context.Trace("Statement {0:D} is {1}; not changed.", statement.Id, statement.Status);
            return;
        }

        var plan = reads.Plan(assignment.PlanId);
        if (!plan.IsValid)
        {
            context.Trace("Plan {0:D} is not usable ({1}); statement not changed.", assignment.PlanId, string.Join(", ", plan.Violations.Select(v => v.Code)));
            return;
        }

        var mine = statement is null ? new List<LineRow>() : sourceLines.Where(l => l.StatementId == statement.Id).Select(l => l.Line).ToList();
        var reversals = ReversalMerge.Of(mine, reversal.HasValue ? new[] { reversal.Value } : Array.Empty<TransactionReversal>());
        var paid = reversals.Count == 0
            ? Array.Empty<PaidLine>()
            : statements.PaidLines(assignment.OwnerId, new[] { LineKeys.Of(CommissionLineKind.Earning, reads.SourceId), LineKeys.Of(CommissionLineKind.Clawback, reads.SourceId) });
        var transactions = plan.Value.Scope == TierScope.PeriodCumulative
            ? reads.Credits(plan.Value.Basis).Where(c => c.UserId == assignment.OwnerId).Select(c => c.Transaction).ToList()
            : new CreditReader(service).Read(plan.Value.Basis, assignment.OwnerId, assignment.Period, reads.CreditsNobody ? new[] { reads.SourceId } : Array.Empty<string>());
        var quota = assignment.QuotaAmount ?? StatementSourcesReader.QuotaTarget(service, assignment.QuotaTargetId);
        var score = plan.Value.HasGate ? StatementSourcesReader.WeightedScore(service, assignment) : null;
        var sources = StatementSources.Create(plan.Value, quota ?? 0m, assignment.Period, transactions, score, paid, reversals);
        if (!sources.IsValid)
        {
            context.Trace("Assignment {0:D} is not usable ({1}); statement not changed.", assignment.Id, string.Join(", ", sources.Violations.Select(v => v.Code)));
            return;
        }

        var earning = mine.FirstOrDefault(l => l.Kind == CommissionLineKind.Earning);
        var clawback = mine.FirstOrDefault(l => l.Kind == CommissionLineKind.Clawback);
        var credited = sources.Value.Transactions.Where(t => t.Id == reads.SourceId && assignment.Period.Contains(t.Date)).Select(t => (CreditTransaction?)t).FirstOrDefault();
        var others = statement is null ? new List<LineRow>() : statements.LatestEarnings(statement.Id, StatementIncrement.ListedLines + 2).Where(l => l.SourceId != reads.SourceId).ToList();
        var complete = others.Count <= StatementIncrement.ListedLines;
        var change = new StatementEvent(
            sources.Value,
            reads.SourceId,
            new StoredTotals(statement?.CreditAmount ?? 0m, statement?.EarnedAmount ?? 0m, statement?.ClawbackAmount ?? 0m, statement?.AdjustmentAmount ?? 0m),
            Stored(earning),
            Stored(clawback),
            credited.HasValue && others.Any(l => l.TransactionDate > credited.Value.Date),
            complete ? others.AsEnumerable().Reverse().Select(l => l.CommissionAmount ?? 0m).ToList() : null);
        var computation = StatementIncrement.Apply(change);
        if (statement is null && computation.Lines.Count == 0)
        {
            context.Trace("Assignment {0:D}: nothing credited yet; no statement.", assignment.Id);
            return;
        }

        Write(context, reads, assignment, statement, sources.Value.Plan.Basis, computation, earning, clawback);
    }

    private static void Write(
        LocalPluginContext context, EventReads reads, AssignmentRow assignment, StatementRow? statement, CommissionBasis basis, StatementComputation computation, LineRow? earning, LineRow? clawback)
    {
        var writer = new StatementWriter(context.SystemService);
        using (context.BeginEngineWrites())
        {
            var statementId = statement?.Id ?? writer.CreateStatement(assignment);
            var changes = WriteLine(writer, statementId, assignment.OwnerId, basis, computation.Lines.FirstOrDefault(l => l.Kind == CommissionLineKind.Earning), earning)
                + WriteLine(writer, statementId, assignment.OwnerId, basis, computation.Lines.FirstOrDefault(l => l.Kind == CommissionLineKind.Clawback), clawback);
            StatementEngine.WriteTotals(context, writer, statement, statementId, changes, computation);

            context.Trace("Statement {0:D}: transaction {1}, {2} line change(s), payable {3}.", statementId, reads.SourceId, changes, computation.PayableAmount);
        }
    }

    /// <returns>1 when the line was created, updated or deleted; 0 when it stays as stored.</returns>
    private static int WriteLine(StatementWriter writer, Guid statementId, Guid ownerId, CommissionBasis basis, CommissionLine? line, LineRow? stored)
    {
        var trace = line is null ? string.Empty : StoredTrace.Of(line.Trace);
        if (line is null)
        {
            if (stored is null)
            {
                return 0;
            }

            writer.DeleteLine(stored.Id);
            return 1;
        }

        if (stored is null)
        {
            writer.CreateLine(statementId, ownerId, basis, line, trace);
            return 1;
        }

        if (StatementEngine.Same(stored, line, trace))
        {
            return 0;
        }

        writer.UpdateLine(stored.Id, line, trace);
        return 1;
    }

    private static StoredLine? Stored(LineRow? row) => row?.TransactionDate is { } date
        ? new StoredLine(date, row.CreditAmount ?? 0m, row.SplitPercent ?? 0m, row.CommissionAmount ?? 0m)
        : null;
}
