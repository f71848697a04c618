using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Periods;

/// <summary>Validation of a period being created or changed, against its parent and the periods already stored.</summary>
public static class PeriodRules
{
    /// <summary>
    /// All broken rules of a candidate period: end before start (SPM-PER-001), overlap with a stored period
    /// of the same type (SPM-PER-002; a stored period with the candidate's code is the candidate itself and
    /// is skipped), a parent that is not a longer type (SPM-PER-004), dates outside the parent (SPM-PER-003).
    /// Empty when the period is valid.
    /// </summary>
    public static IReadOnlyList<RuleViolation> Validate(
        string code,
        PeriodType type,
        CalendarDate start,
        CalendarDate end,
        FiscalPeriod? parent,
        IEnumerable<FiscalPeriod> existing)
    {
        if (existing is null)
        {
            throw new ArgumentNullException(nameof(existing));
        }

        var range = DateRange.Create(start, end);
        if (!range.IsValid)
        {
            return range.Violations;
        }

        var violations = new List<RuleViolation>();
        foreach (var other in existing
                     .Where(p => p.Type == type && !string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase))
                     .Where(p => p.Range.Overlaps(range.Value))
                     .OrderBy(p => p.Start))
        {
            violations.Add(RuleViolation.Of(RuleCodes.PeriodOverlap, other.Code, other.Start, other.End));
        }

        if (parent is not null)
        {
            if (parent.Type >= type)
            {
                violations.Add(RuleViolation.Of(RuleCodes.PeriodParentTypeInvalid, type, parent.Code, parent.Type));
            }

            if (!parent.Range.Contains(range.Value))
            {
                violations.Add(RuleViolation.Of(RuleCodes.PeriodOutsideParent, parent.Code, parent.Start, parent.End));
            }
        }

        return violations;
    }
}
