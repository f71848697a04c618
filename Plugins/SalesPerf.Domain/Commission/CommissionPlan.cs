using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Commission;

/// <summary>One <c>spm_commissionplan</c> with its tiers, validated: how commission is computed.</summary>
public sealed record CommissionPlan
{
    private CommissionPlan(
        CommissionBasis basis,
        TierScope scope,
        TierMode mode,
        TierBasis tierBasis,
        ValueList<CommissionTier> tiers,
        decimal? payoutCap,
        decimal? acceleratorGate,
        int clawbackDays,
        CalendarDate? effectiveFrom,
        CalendarDate? effectiveTo)
    {
        Basis = basis;
        Scope = scope;
        Mode = mode;
        TierBasis = tierBasis;
        Tiers = tiers;
        PayoutCap = payoutCap;
        AcceleratorGate = acceleratorGate;
        ClawbackDays = clawbackDays;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
    }

    public CommissionBasis Basis { get; }

    public TierScope Scope { get; }

    public TierMode Mode { get; }

    public TierBasis TierBasis { get; }

    /// <summary>Sorted by lower bound; never overlapping (gaps allowed: a value in no tier pays 0).</summary>
    public ValueList<CommissionTier> Tiers { get; }

    /// <summary>Most a statement can earn (earning lines only); null = no cap. A cap of 0 pays nothing.</summary>
    public decimal? PayoutCap { get; }

    /// <summary>Weighted score (percent) a rep needs for tiers above the 100 % tier to pay their full rate; null or 0 = no gate.</summary>
    public decimal? AcceleratorGate { get; }

    /// <summary>A paid transaction reversed within this many days of its transaction date is clawed back; 0 = never.</summary>
    public int ClawbackDays { get; }

    public CalendarDate? EffectiveFrom { get; }

    public CalendarDate? EffectiveTo { get; }

    public bool HasGate => AcceleratorGate.HasValue && AcceleratorGate.Value > 0m;

    /// <summary>
    /// Validates everything at once: unknown choices (SPM-PLN-012), no tiers (011), each tier (002–004), overlapping
    /// tiers (001, once per pair), negative cap (005), gate (006), clawback days (007), inverted effective dates (008).
    /// </summary>
    public static Validated<CommissionPlan> Create(
        CommissionBasis basis,
        TierScope scope,
        TierMode mode,
        TierBasis tierBasis,
        IEnumerable<TierDefinition> tiers,
        decimal? payoutCap = null,
        decimal? acceleratorGate = null,
        int clawbackDays = 0,
        CalendarDate? effectiveFrom = null,
        CalendarDate? effectiveTo = null)
    {
        var definitions = (tiers ?? throw new ArgumentNullException(nameof(tiers))).ToArray();
        var violations = new List<RuleViolation>();
        CheckChoice(violations, "spm_basis", typeof(CommissionBasis), basis);
        CheckChoice(violations, "spm_tierscope", typeof(TierScope), scope);
        CheckChoice(violations, "spm_tiermode", typeof(TierMode), mode);
        CheckChoice(violations, "spm_tierbasis", typeof(TierBasis), tierBasis);

        var valid = new List<CommissionTier>();
        foreach (var d in definitions)
        {
            var tier = CommissionTier.Create(d.Lower, d.Upper, d.RatePercent);
            if (tier.IsValid)
            {
                valid.Add(tier.Value);
            }
            else
            {
                violations.AddRange(tier.Violations);
            }
        }

        if (definitions.Length == 0)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.PlanHasNoTiers));
        }

        var sorted = valid.OrderBy(t => t.Lower).ThenBy(t => t.Upper ?? decimal.MaxValue).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            for (var j = i + 1; j < sorted.Length; j++)
            {
                if (sorted[i].Overlaps(sorted[j]))
                {
                    violations.Add(RuleViolation.Of(
                        CommissionRuleCodes.TiersOverlap, sorted[i].Lower, UpperText(sorted[i]), sorted[j].Lower, UpperText(sorted[j])));
                }
            }
        }

        if (payoutCap < 0m)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.PayoutCapNegative, payoutCap!.Value));
        }

        if (acceleratorGate < 0m)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.AcceleratorGateNegative, acceleratorGate!.Value));
        }

        if (clawbackDays < 0)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.ClawbackDaysNegative, clawbackDays));
        }

        if (effectiveFrom.HasValue && effectiveTo.HasValue && effectiveTo.Value < effectiveFrom.Value)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.EffectiveToBeforeFrom, effectiveFrom.Value, effectiveTo.Value));
        }

        return violations.Count > 0
            ? Validated<CommissionPlan>.Failure(violations)
            : Validated<CommissionPlan>.Success(new CommissionPlan(
                basis, scope, mode, tierBasis, ValueList<CommissionTier>.From(sorted), payoutCap, acceleratorGate, clawbackDays, effectiveFrom, effectiveTo));
    }

    /// <summary>
    /// SPM-PLN-009 when the assignment's payout period is not wholly inside the plan's effective dates (an empty
    /// effective date is open-ended). Empty when the assignment is valid.
    /// </summary>
    public IReadOnlyList<RuleViolation> CheckAssignment(DateRange period)
    {
        var startsTooEarly = EffectiveFrom.HasValue && period.Start < EffectiveFrom.Value;
        var endsTooLate = EffectiveTo.HasValue && period.End > EffectiveTo.Value;
        return startsTooEarly || endsTooLate
            ? new[]
            {
                RuleViolation.Of(
                    CommissionRuleCodes.AssignmentOutsideEffectiveDates,
                    period.Start,
                    period.End,
                    EffectiveFrom.HasValue ? EffectiveFrom.Value.ToString() : string.Empty,
                    EffectiveTo.HasValue ? EffectiveTo.Value.ToString() : string.Empty),
            }
            : Array.Empty<RuleViolation>();
    }

    private static object UpperText(CommissionTier tier) => tier.Upper.HasValue ? tier.Upper.Value : string.Empty;

    private static void CheckChoice(List<RuleViolation> violations, string column, Type enumType, object value)
    {
#pragma warning disable CA2263 // the generic overload does not exist on .NET Framework 4.6.2
        if (!Enum.IsDefined(enumType, value))
#pragma warning restore CA2263
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.UnknownChoice, column, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
