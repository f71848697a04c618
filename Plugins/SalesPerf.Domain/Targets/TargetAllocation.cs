using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Targets;

/// <summary><c>spm_AllocateTarget</c>: a team target shared among members by amount or by percent.</summary>
public static class TargetAllocation
{
    /// <summary>
    /// Member targets in the given order. Percent shares are rounded with <see cref="CurrencyRounding"/>; when every
    /// entry is a percent and they sum to exactly 100, the last member takes the remainder so the team is fully
    /// allocated. Amounts need not add up to the team target: over- or under-allocation is allowed and shows as
    /// the team target's variance. Rejected: no entries (SPM-TGT-024), a negative amount (SPM-TGT-020), a percent
    /// outside 0–100 (SPM-TGT-021), percents summing over 100 (SPM-TGT-023), an owner listed twice (SPM-TGT-022).
    /// </summary>
    public static Validated<IReadOnlyList<AllocatedTarget>> Allocate(decimal teamTargetValue, IReadOnlyList<AllocationEntry> entries)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        var violations = new List<RuleViolation>();
        if (teamTargetValue < 0m)
        {
            violations.Add(RuleViolation.Of(RuleCodes.TargetValueNegative, teamTargetValue));
        }

        if (entries.Count == 0)
        {
            violations.Add(RuleViolation.Of(RuleCodes.AllocationEmpty));
        }

        foreach (var duplicate in entries.GroupBy(e => e.Owner, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            violations.Add(RuleViolation.Of(RuleCodes.AllocationOwnerDuplicate, duplicate.Key));
        }

        foreach (var entry in entries)
        {
            if (entry.Value < 0m)
            {
                violations.Add(RuleViolation.Of(RuleCodes.AllocationValueNegative, entry.Owner, entry.Value.Value));
            }

            if (entry.Percent < 0m || entry.Percent > 100m)
            {
                violations.Add(RuleViolation.Of(RuleCodes.AllocationPercentOutOfRange, entry.Owner, entry.Percent.Value));
            }
        }

        var percentSum = entries.Sum(e => e.Percent ?? 0m);
        if (percentSum > 100m)
        {
            violations.Add(RuleViolation.Of(RuleCodes.AllocationPercentSumOver100, percentSum));
        }

        if (violations.Count > 0)
        {
            return Validated<IReadOnlyList<AllocatedTarget>>.Failure(violations);
        }

        IReadOnlyList<decimal> values = entries.All(e => e.Percent.HasValue) && percentSum == 100m
            ? TargetSplit.ByWeights(teamTargetValue, entries.Select(e => e.Percent!.Value).ToArray()).Value
            : entries.Select(e => e.Value ?? CurrencyRounding.Round(teamTargetValue * e.Percent!.Value / 100m)).ToArray();

        return Validated<IReadOnlyList<AllocatedTarget>>.Success(
            entries.Select((e, i) => new AllocatedTarget(e.Owner, values[i])).ToArray());
    }
}
