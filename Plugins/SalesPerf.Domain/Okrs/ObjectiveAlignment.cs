using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Okrs;

/// <summary>
/// The rules of an objective's parent: the chain of parents above it never comes back to the objective (SPM-OKR-006),
/// is at most <see cref="MostLevels"/> deep (008), and the objective's period lies within its parent's (007).
/// </summary>
public static class ObjectiveAlignment
{
    /// <summary>The most objectives above one objective (its parent, the parent's parent …).</summary>
    public const int MostLevels = 10;

    /// <param name="self">The objective's id.</param>
    /// <param name="parentName">The proposed parent's name.</param>
    /// <param name="chain">The ids from the proposed parent upward, as read (at most <see cref="MostLevels"/> + 1).</param>
    public static IReadOnlyList<RuleViolation> CheckChain(Guid self, string parentName, IReadOnlyList<Guid> chain)
    {
        if (chain.Contains(self))
        {
            return new[] { RuleViolation.Of(OkrRuleCodes.AlignmentCycle, parentName) };
        }

        return chain.Count > MostLevels
            ? new[] { RuleViolation.Of(OkrRuleCodes.AlignmentTooDeep, parentName, MostLevels) }
            : Array.Empty<RuleViolation>();
    }

    /// <summary>SPM-OKR-007 when both periods are known and the child's is not inside the parent's.</summary>
    public static RuleViolation? CheckPeriod(string parentName, string periodCode, DateRange? period, string parentPeriodCode, DateRange? parentPeriod) =>
        period is DateRange own && parentPeriod is DateRange outer && !outer.Contains(own)
            ? RuleViolation.Of(OkrRuleCodes.PeriodOutsideParent, parentName, periodCode, parentPeriodCode)
            : null;
}
