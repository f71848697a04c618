using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Maps a <c>spm_commissionplan</c> row and its <c>spm_commissiontier</c> rows to the domain plan. An empty choice
/// takes the first option (WonRevenue, PeriodCumulative, Retroactive, AttainmentPercent); an empty clawback-days is 0.
/// </summary>
internal static class PlanMapping
{
    public static Validated<CommissionPlan> Create(Entity plan, IEnumerable<Entity> tiers) =>
        CommissionPlan.Create(
            (CommissionBasis)Choice(plan, CommissionPlanColumns.Basis, (int)CommissionBasis.WonRevenue),
            (TierScope)Choice(plan, CommissionPlanColumns.TierScope, (int)TierScope.PeriodCumulative),
            (TierMode)Choice(plan, CommissionPlanColumns.TierMode, (int)TierMode.Retroactive),
            (TierBasis)Choice(plan, CommissionPlanColumns.TierBasis, (int)Domain.Commission.TierBasis.AttainmentPercent),
            tiers.Select(Tier).ToArray(),
            RowMerge.Money(plan, CommissionPlanColumns.PayoutCapBase) ?? RowMerge.Money(plan, CommissionPlanColumns.PayoutCap),
            plan.GetAttributeValue<decimal?>(CommissionPlanColumns.AcceleratorGate),
            plan.GetAttributeValue<int?>(CommissionPlanColumns.ClawbackDays) ?? 0,
            Date(plan, CommissionPlanColumns.EffectiveFrom),
            Date(plan, CommissionPlanColumns.EffectiveTo));

    /// <summary>The plan's effective dates alone, for the assignment rule (SPM-PLN-009), whatever its tiers.</summary>
    public static CommissionPlan DatesOnly(Entity plan) =>
        CommissionPlan.Create(
            CommissionBasis.WonRevenue, TierScope.PeriodCumulative, TierMode.Retroactive, Domain.Commission.TierBasis.Amount,
            new[] { new TierDefinition(0m, null, 0m) },
            effectiveFrom: Date(plan, CommissionPlanColumns.EffectiveFrom),
            effectiveTo: CheckedTo(plan)).Value;

    public static string Name(Entity plan) => plan.GetAttributeValue<string>(CommissionPlanColumns.Name) ?? "-";

    public static TierDefinition Tier(Entity tier) => new(
        tier.GetAttributeValue<decimal?>(CommissionTierColumns.LowerBound) ?? 0m,
        tier.GetAttributeValue<decimal?>(CommissionTierColumns.UpperBound),
        tier.GetAttributeValue<decimal?>(CommissionTierColumns.RatePercent) ?? 0m);

    public static CalendarDate? Date(Entity row, string column)
    {
        var value = row.GetAttributeValue<DateTime?>(column);
        return value.HasValue ? CalendarDate.FromDateTime(value.Value) : null;
    }

    private static CalendarDate? CheckedTo(Entity plan)
    {
        var from = Date(plan, CommissionPlanColumns.EffectiveFrom);
        var to = Date(plan, CommissionPlanColumns.EffectiveTo);
        return from.HasValue && to.HasValue && to.Value < from.Value ? null : to;
    }

    private static int Choice(Entity row, string column, int fallback) =>
        row.GetAttributeValue<OptionSetValue>(column)?.Value ?? fallback;
}
