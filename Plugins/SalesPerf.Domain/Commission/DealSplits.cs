using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Commission;

/// <summary>Credit of one opportunity divided by its <c>spm_dealsplit</c> rows; the owner keeps the rest.</summary>
public static class DealSplits
{
    /// <summary>
    /// Each split user gets <c>amount × percent ÷ 100</c>, rounded with <see cref="CurrencyRounding"/> on the running
    /// total of the splits; the owner gets the amount minus those credits, so the credits always add up to the amount
    /// exactly. The owner's share comes first, then splits in the order given. Violations: SPM-SPL-001
    /// (sum over 100), 002 (a percent outside 0–100), 003 (a user twice), 004 (a split names the owner).
    /// </summary>
    public static Validated<ValueList<CreditShare>> Allocate(string opportunityId, string ownerId, decimal amount, IEnumerable<DealSplit> splits)
    {
        var rows = (splits ?? throw new ArgumentNullException(nameof(splits))).ToArray();
        var violations = new List<RuleViolation>();
        foreach (var row in rows.Where(r => r.SplitPercent < 0m || r.SplitPercent > 100m))
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.SplitPercentOutOfRange, row.UserId, row.SplitPercent));
        }

        foreach (var user in rows.GroupBy(r => r.UserId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.SplitUserDuplicate, opportunityId, user.Key));
        }

        if (rows.Any(r => string.Equals(r.UserId, ownerId, StringComparison.OrdinalIgnoreCase)))
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.SplitNamesOwner, opportunityId, ownerId));
        }

        var sum = rows.Sum(r => r.SplitPercent);
        if (sum > 100m)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.SplitsOver100, opportunityId, sum));
        }

        if (violations.Count > 0)
        {
            return Validated<ValueList<CreditShare>>.Failure(violations);
        }

        // Rounding the running total, not each share, keeps every share ≥ 0 and their sum ≤ the amount.
        var others = new List<CreditShare>();
        var percentSoFar = 0m;
        var creditSoFar = 0m;
        foreach (var row in rows)
        {
            percentSoFar += row.SplitPercent;
            var credit = CurrencyRounding.Round(amount * percentSoFar / 100m) - creditSoFar;
            creditSoFar += credit;
            others.Add(new CreditShare(row.UserId, row.SplitPercent, credit, false));
        }

        var owner = new CreditShare(ownerId, 100m - sum, amount - others.Sum(s => s.Credit), true);
        return Validated<ValueList<CreditShare>>.Success(ValueList<CreditShare>.From(new[] { owner }.Concat(others)));
    }
}
