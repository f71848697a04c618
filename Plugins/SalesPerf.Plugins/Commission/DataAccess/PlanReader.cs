using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>Reads a commission plan and its tiers: two queries, named columns.</summary>
internal sealed class PlanReader(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public static ColumnSet PlanColumns() => new(
        CommissionPlanColumns.Name, CommissionPlanColumns.Basis, CommissionPlanColumns.TierScope, CommissionPlanColumns.TierMode,
        CommissionPlanColumns.TierBasis, CommissionPlanColumns.PayoutCap, CommissionPlanColumns.PayoutCapBase,
        CommissionPlanColumns.AcceleratorGate, CommissionPlanColumns.ClawbackDays, CommissionPlanColumns.EffectiveFrom,
        CommissionPlanColumns.EffectiveTo);

    public Entity Plan(Guid planId) => service.Retrieve(CommissionPlanColumns.EntityName, planId, PlanColumns());

    /// <summary>The plan's active tiers, except <paramref name="exceptTierId"/> (the tier being written).</summary>
    public IReadOnlyList<Entity> Tiers(Guid planId, Guid? exceptTierId = null)
    {
        var query = new QueryExpression(CommissionTierColumns.EntityName)
        {
            ColumnSet = new ColumnSet(CommissionTierColumns.LowerBound, CommissionTierColumns.UpperBound, CommissionTierColumns.RatePercent),
        };
        query.Criteria.AddCondition(CommissionTierColumns.PlanId, ConditionOperator.Equal, planId);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        return service.RetrieveMultiple(query).Entities.Where(t => t.Id != exceptTierId).ToList();
    }
}
