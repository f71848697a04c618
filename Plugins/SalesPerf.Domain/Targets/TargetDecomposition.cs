using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Targets;

/// <summary><c>spm_DecomposeTarget</c>: a target's value spread over the child periods of one type, evenly or by seasonal weights.</summary>
public static class TargetDecomposition
{
    /// <summary>
    /// The child targets of a target worth <paramref name="targetValue"/> in <paramref name="parent"/>, one per stored
    /// period of <paramref name="childType"/> inside it, in date order. The child periods must be shorter
    /// (SPM-TGT-014), exist (SPM-TGT-013) and cover the parent without gaps or overlaps (SPM-TGT-015); weights,
    /// when given, must be one per child, not negative, and sum to exactly 100 (SPM-TGT-011/012/005).
    /// </summary>
    public static Validated<IReadOnlyList<DecomposedTarget>> Plan(
        decimal targetValue,
        FiscalPeriod parent,
        PeriodType childType,
        IEnumerable<FiscalPeriod> periods,
        IReadOnlyList<decimal>? weights = null)
    {
        if (parent is null)
        {
            throw new ArgumentNullException(nameof(parent));
        }

        if (targetValue < 0m)
        {
            return Fail(RuleViolation.Of(RuleCodes.TargetValueNegative, targetValue));
        }

        if (childType <= parent.Type)
        {
            return Fail(RuleViolation.Of(RuleCodes.DecompositionTypeNotShorter, parent.Type, childType));
        }

        var children = PeriodSearch.ChildrenOf(parent, childType, periods);
        if (children.Count == 0)
        {
            return Fail(RuleViolation.Of(RuleCodes.DecompositionNoChildPeriods, parent.Code, childType));
        }

        var expected = parent.Start;
        foreach (var child in children)
        {
            if (child.Start != expected)
            {
                return Fail(RuleViolation.Of(RuleCodes.DecompositionChildrenDoNotCover, parent.Code, CalendarDate.Min(expected, child.Start)));
            }

            expected = child.End.AddDays(1);
        }

        if (expected != parent.End.AddDays(1))
        {
            return Fail(RuleViolation.Of(RuleCodes.DecompositionChildrenDoNotCover, parent.Code, expected));
        }

        IReadOnlyList<decimal> values;
        if (weights is null)
        {
            values = TargetSplit.Evenly(targetValue, children.Count);
        }
        else
        {
            var violations = SeasonalWeights.Validate(weights, children.Count);
            if (violations.Count > 0)
            {
                return Validated<IReadOnlyList<DecomposedTarget>>.Failure(violations);
            }

            values = TargetSplit.ByWeights(targetValue, weights).Value;
        }

        return Validated<IReadOnlyList<DecomposedTarget>>.Success(
            children.Select((c, i) => new DecomposedTarget(c, values[i])).ToArray());
    }

    private static Validated<IReadOnlyList<DecomposedTarget>> Fail(RuleViolation violation) =>
        Validated<IReadOnlyList<DecomposedTarget>>.Failure(violation);
}
