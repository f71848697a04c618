using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Domain.Commission;

/// <summary>
/// Rules of plan assignments beyond the plan's own: a rep has one plan at a time (SPM-PLN-013), and once a statement
/// of the assignment is settled (Approved, Disputed or Paid) its period, plan and owner are read-only (014) and it
/// cannot be deleted (015), so the settled statement keeps the assignment it was computed from.
/// </summary>
public static class AssignmentRules
{
    /// <summary>SPM-PLN-013 for the first other active assignment of the rep whose period overlaps <paramref name="period"/>.</summary>
    public static IReadOnlyList<RuleViolation> CheckOverlap(string repName, DateRange period, IEnumerable<ExistingAssignment> others)
    {
        var clash = others.OrderBy(o => o.Period.Start).FirstOrDefault(o => o.Period.Overlaps(period));
        return clash is null
            ? new RuleViolation[0]
            : new[] { RuleViolation.Of(CommissionRuleCodes.AssignmentsOverlap, repName, clash.Name, clash.Period.Start, clash.Period.End) };
    }

    /// <summary>A statement status that freezes the assignment it was computed from.</summary>
    public static bool IsSettled(StatementStatus status) =>
        status is StatementStatus.Approved or StatementStatus.Disputed or StatementStatus.Paid;

    /// <summary>SPM-PLN-014 for each of <paramref name="changedColumns"/> (period, plan, owner) while a statement is settled.</summary>
    public static IReadOnlyList<RuleViolation> CheckLockedChange(IEnumerable<string> changedColumns, string statementName, StatementStatus status) =>
        changedColumns.Select(column => RuleViolation.Of(CommissionRuleCodes.AssignmentLocked, column, statementName, status)).ToArray();

    /// <summary>SPM-PLN-015: the assignment has a settled statement.</summary>
    public static RuleViolation DeleteLocked(string statementName, StatementStatus status) =>
        RuleViolation.Of(CommissionRuleCodes.AssignmentDeleteLocked, statementName, status);
}
