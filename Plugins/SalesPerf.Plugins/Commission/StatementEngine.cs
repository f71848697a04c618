using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Recomputes one assignment's statement from its sources (domain <see cref="StatementCalculator"/>) and writes only
/// what changed: lines are upserted by key (kind + source transaction), lines whose source is gone are deleted, and
/// the statement's computed columns are written when a value differs. Only an Open statement is recomputed; Approved,
/// Disputed and Paid are never rewritten. A statement is created on the first line it would hold. Traces are written
/// in both languages (<see cref="StoredTrace"/>): the rep, the manager and the administrator each read their own.
/// </summary>
internal static class StatementEngine
{
    /// <returns>The statement's id, or null when there is none (nothing credited yet) or it is not Open.</returns>
    /// <param name="plans">The call's plans when it recomputes many statements (each plan read once); null reads this one's.</param>
    public static Guid? Recompute(LocalPluginContext context, AssignmentRow assignment, RecomputeRequest request, PlanCatalog? plans = null)
    {
        var service = context.SystemService;
        var statements = new StatementReader(service);
        var statement = statements.ForAssignment(assignment.Id);
        if (statement is not null && !StatementWorkflow.IsRecomputable(statement.Status))
        {
            context.Trace("Statement {0:D} is {1}; not recomputed.", statement.Id, statement.Status);
            return null;
        }

        var sources = StatementSourcesReader.Read(context, assignment, statement, request, plans);
        if (sources is null)
        {
            return statement?.Id;
        }

        var computation = StatementCalculator.Compute(sources.Sources);
        if (statement is null && computation.Lines.Count == 0)
        {
            context.Trace("Assignment {0:D}: nothing credited yet; no statement.", assignment.Id);
            return null;
        }

        var writer = new StatementWriter(service);
        using (context.BeginEngineWrites())
        {
            var statementId = statement?.Id ?? writer.CreateStatement(assignment);
            var changes = WriteLines(writer, statementId, assignment.OwnerId, sources.Sources.Plan.Basis, sources.Lines, computation);
            WriteTotals(context, writer, statement, statementId, changes, computation, rewriteTraceAlone: false);
            context.Trace("Statement {0:D}: {1} line change(s), payable {2}.", statementId, changes, computation.PayableAmount);
            return statementId;
        }
    }

    private static int WriteLines(
        StatementWriter writer, Guid statementId, Guid ownerId, CommissionBasis basis, IReadOnlyList<LineRow> stored, StatementComputation computation)
    {
        if (StoredLines.Stand(stored, computation))
        {
            return 0;
        }

        var existing = stored.GroupBy(l => l.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var changes = 0;
        foreach (var line in computation.Lines)
        {
            var key = LineKeys.Of(line.Kind, line.SourceId);
            var trace = StoredTrace.Of(line.Trace);
            if (existing.TryGetValue(key, out var rows) && rows.Count > 0)
            {
                var row = rows[0];
                rows.RemoveAt(0);
                if (!StoredLines.SameNumbers(row, line))
                {
                    writer.UpdateLine(row.Id, line, trace);
                    changes++;
                }
            }
            else
            {
                writer.CreateLine(statementId, ownerId, basis, line, trace);
                changes++;
            }
        }

        // Adjustments are entered by people, never removed by the engine.
        foreach (var gone in existing.Values.SelectMany(r => r).Where(r => r.Kind != CommissionLineKind.Adjustment))
        {
            writer.DeleteLine(gone.Id);
            changes++;
        }

        return changes;
    }

    internal static bool Same(LineRow row, CommissionLine line, string trace) =>
        StoredLines.SameNumbers(row, line) && string.Equals(row.Trace, trace, StringComparison.Ordinal);

    /// <summary>
    /// Writes the statement's computed columns (held at their column limits, the trace saying so) when a line changed or
    /// a stored value differs; a trace that differs alone is rewritten only when <paramref name="rewriteTraceAlone"/>
    /// (an event's own account), never by a recomputation that changes no number.
    /// </summary>
    internal static void WriteTotals(
        LocalPluginContext context, StatementWriter writer, StatementRow? statement, Guid statementId, int lineChanges, StatementComputation computation,
        bool rewriteTraceAlone = true)
    {
        var figures = StatementFigures.Of(computation);
        var trace = StoredTrace.Of(figures.WithNotes(computation.Trace.English), figures.WithNotes(computation.Trace.Chinese));
        foreach (var note in figures.OverflowNotes)
        {
            context.Trace("Statement {0:D}: {1}", statementId, note);
        }

        if (statement is null || lineChanges > 0 || !SameNumbers(statement, figures)
            || (rewriteTraceAlone && !string.Equals(statement.Trace, trace, StringComparison.Ordinal)))
        {
            writer.UpdateStatement(statementId, figures, trace, context.Clock.UtcNow);
        }
    }

    private static bool SameNumbers(StatementRow row, StatementFigures figures) =>
        row.CreditAmount == figures.CreditAmount
        && row.AttainmentPercent == figures.AttainmentPercent
        && row.EarnedAmount == figures.EarnedAmount
        && row.ClawbackAmount == figures.ClawbackAmount
        && row.AdjustmentAmount == figures.AdjustmentAmount
        && row.PayableAmount == figures.PayableAmount;
}
