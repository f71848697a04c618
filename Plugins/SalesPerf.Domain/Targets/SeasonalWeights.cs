using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Targets;

/// <summary>Seasonal weights of a decomposition: percentages, one per child period in date order, summing to exactly 100.</summary>
public static class SeasonalWeights
{
    /// <summary>
    /// Reads the <c>Weights</c> parameter of <c>spm_DecomposeTarget</c>: comma-separated numbers with a dot as the
    /// decimal separator (<c>"10,10,20,60"</c>). Null or blank gives no weights (an even split); an unreadable
    /// entry is SPM-TGT-010.
    /// </summary>
    public static Validated<IReadOnlyList<decimal>?> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Validated<IReadOnlyList<decimal>?>.Success(null);
        }

        var parts = text!.Split(',');
        var weights = new List<decimal>();
        var violations = new List<RuleViolation>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            if (decimal.TryParse(part, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight))
            {
                weights.Add(weight);
            }
            else
            {
                violations.Add(RuleViolation.Of(RuleCodes.SeasonalWeightUnreadable, part, i + 1));
            }
        }

        return violations.Count == 0
            ? Validated<IReadOnlyList<decimal>?>.Success(weights)
            : Validated<IReadOnlyList<decimal>?>.Failure(violations);
    }

    /// <summary>
    /// The weights' broken rules for <paramref name="childCount"/> children: wrong count (SPM-TGT-011), a negative
    /// weight (SPM-TGT-012), a sum other than exactly 100 (SPM-TGT-005). Empty when valid.
    /// </summary>
    public static IReadOnlyList<RuleViolation> Validate(IReadOnlyList<decimal> weights, int childCount)
    {
        var violations = new List<RuleViolation>();
        if (weights.Count != childCount)
        {
            violations.Add(RuleViolation.Of(RuleCodes.SeasonalWeightCountMismatch, weights.Count, childCount));
        }

        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] < 0m)
            {
                violations.Add(RuleViolation.Of(RuleCodes.SeasonalWeightNegative, weights[i], i + 1));
            }
        }

        var sum = weights.Sum();
        if (sum != 100m)
        {
            violations.Add(RuleViolation.Of(RuleCodes.SeasonalWeightSumNot100, sum));
        }

        return violations;
    }
}
