using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>
/// The plans of one call, each read once (plan and tiers: two queries) however many assignments use it. Lives for
/// one call only (a slice of <c>spm_Recalculate</c>, one statement recompute), never on a plug-in instance.
/// </summary>
internal sealed class PlanCatalog(IOrganizationService service)
{
    private readonly PlanReader reader = new(service);
    private readonly Dictionary<Guid, Validated<CommissionPlan>> plans = new();

    public Validated<CommissionPlan> Plan(Guid planId)
    {
        if (!plans.TryGetValue(planId, out var plan))
        {
            plan = PlanMapping.Create(reader.Plan(planId), reader.Tiers(planId));
            plans[planId] = plan;
        }

        return plan;
    }
}
