using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// Status rules of <c>spm_commissionstatement</c>. Open → Approved (manager or admin); Approved → Paid (admin,
/// SetState 1/2); Open or Approved → Disputed (the rep: an approved statement is still unpaid, which is when reps
/// check it); Disputed → Open (manager or admin accept the dispute: the statement is recomputed and may get an
/// adjustment) or Disputed → Approved (manager or admin reject it). Only Open is recomputed; Approved, Disputed and
/// Paid keep their lines; Paid is final.
/// </summary>
public static class StatementWorkflow
{
    private static readonly Step[] Steps =
    {
        new(StatementStatus.Open, StatementStatus.Approved, new[] { StatementActor.Manager, StatementActor.Admin }),
        new(StatementStatus.Open, StatementStatus.Disputed, new[] { StatementActor.Rep }),
        new(StatementStatus.Approved, StatementStatus.Paid, new[] { StatementActor.Admin }),
        new(StatementStatus.Approved, StatementStatus.Disputed, new[] { StatementActor.Rep }),
        new(StatementStatus.Disputed, StatementStatus.Open, new[] { StatementActor.Manager, StatementActor.Admin }),
        new(StatementStatus.Disputed, StatementStatus.Approved, new[] { StatementActor.Manager, StatementActor.Admin }),
    };

    /// <summary><c>statecode</c> of a status: 1 for Paid, else 0.</summary>
    public static int StateCodeOf(StatementStatus status) => status == StatementStatus.Paid ? 1 : 0;

    /// <summary>The new status, or SPM-STM-001 (no such change) / SPM-STM-002 (not this actor's change).</summary>
    public static Validated<StatementStatus> Transition(StatementStatus from, StatementStatus to, StatementActor actor)
    {
        var step = Steps.FirstOrDefault(s => s.From == from && s.To == to);
        if (step is null)
        {
            return Validated<StatementStatus>.Failure(RuleViolation.Of(StatementRuleCodes.TransitionNotAllowed, from, to));
        }

        return Array.IndexOf(step.Actors, actor) >= 0
            ? Validated<StatementStatus>.Success(to)
            : Validated<StatementStatus>.Failure(RuleViolation.Of(
                StatementRuleCodes.RoleNotAllowed, from, to, actor, string.Join("/", step.Actors.Select(a => a.ToString()))));
    }

    public static bool IsRecomputable(StatementStatus status) => status == StatementStatus.Open;

    /// <summary>SPM-STM-003 unless the statement is Open: only an open statement's lines and totals may change.</summary>
    public static IReadOnlyList<RuleViolation> CheckRecompute(StatementStatus status) =>
        IsRecomputable(status)
            ? Array.Empty<RuleViolation>()
            : new[] { RuleViolation.Of(StatementRuleCodes.StatementReadOnly, status) };

    /// <summary>
    /// SPM-STM-004 when a statement that is not Open would change <paramref name="column"/>: once approved, a statement
    /// is what was agreed and paid; only its status moves, by <see cref="Transition"/>. The owner is bound like anyone.
    /// </summary>
    public static IReadOnlyList<RuleViolation> CheckEdit(StatementStatus status, string column) =>
        IsRecomputable(status)
            ? Array.Empty<RuleViolation>()
            : new[] { RuleViolation.Of(StatementRuleCodes.ColumnReadOnly, status, column) };

    /// <summary>SPM-STM-005 unless the statement is Open: an Approved, Disputed or Paid statement is the record of what was paid.</summary>
    public static IReadOnlyList<RuleViolation> CheckDelete(StatementStatus status) =>
        IsRecomputable(status)
            ? Array.Empty<RuleViolation>()
            : new[] { RuleViolation.Of(StatementRuleCodes.DeleteNotAllowed, status) };

    /// <summary>
    /// SPM-STM-008 when a statement would leave Open (to Approved or Disputed) while its period ends today or later: until
    /// the period is over, deals can still be won, reopened or split in it, and only an Open statement takes their change
    /// (a reversal after settlement would have no statement to be clawed back on). Whoever asks, administrators included.
    /// </summary>
    public static IReadOnlyList<RuleViolation> CheckSettle(StatementStatus from, StatementStatus to, string periodName, CalendarDate periodEnd, CalendarDate today) =>
        IsRecomputable(from) && !IsRecomputable(to) && periodEnd >= today
            ? new[] { RuleViolation.Of(StatementRuleCodes.SettledBeforePeriodEnd, to, periodName, periodEnd.ToString()) }
            : Array.Empty<RuleViolation>();

    /// <summary>
    /// The dispute reason belongs to the owner's dispute. Only the statement's owner writes it, and only while the
    /// statement is Open or Approved — in the change that moves it to Disputed or before it (SPM-STM-007); a move to
    /// Disputed from another status needs a reason that is not blank, given in that change or already stored
    /// (SPM-STM-006). Both readings of an Update that carries the reason and the status hold: one operation, or the
    /// platform's two (ordinary columns first, then the status; dataverse-semantics 1.8).
    /// </summary>
    /// <param name="reasonWritten">The change writes the reason column.</param>
    /// <param name="reasonAfter">The reason the statement holds after the change (given, else stored) is not blank.</param>
    /// <param name="byOwner">The caller owns the statement.</param>
    public static IReadOnlyList<RuleViolation> CheckDisputeReason(StatementStatus from, StatementStatus? to, bool reasonWritten, bool reasonAfter, bool byOwner)
    {
        if (reasonWritten && (!byOwner || (from != StatementStatus.Open && from != StatementStatus.Approved)))
        {
            return new[] { RuleViolation.Of(StatementRuleCodes.DisputeReasonWithoutDispute, from) };
        }

        return to == StatementStatus.Disputed && from != StatementStatus.Disputed && !reasonAfter
            ? new[] { RuleViolation.Of(StatementRuleCodes.DisputeReasonMissing, from) }
            : Array.Empty<RuleViolation>();
    }

    private sealed record Step(StatementStatus From, StatementStatus To, StatementActor[] Actors);
}
