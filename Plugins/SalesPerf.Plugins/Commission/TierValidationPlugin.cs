using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Commission;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Refuses a tier that is inverted, negative or overlaps another tier of its plan (SPM-PLN-001…004), checked against
/// the plan's other tiers (one query), naming the plan.
/// </summary>
[Step(CreateStepId, MessageNames.Create, CommissionTierColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new tier against its plan's other tiers.")]
[Step(UpdateStepId, MessageNames.Update, CommissionTierColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a changed tier against its plan's other tiers.",
    FilteringAttributes = new[] { CommissionTierColumns.PlanId, CommissionTierColumns.LowerBound, CommissionTierColumns.UpperBound, CommissionTierColumns.RatePercent })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName,
    CommissionTierColumns.PlanId, CommissionTierColumns.LowerBound, CommissionTierColumns.UpperBound, CommissionTierColumns.RatePercent)]
public sealed class TierValidationPlugin : PluginBase
{
    public const string CreateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a03";
    public const string UpdateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a04";
    public const string ImageName = "PreImage";

    private static readonly IReadOnlyList<string> TierCodes = Array.AsReadOnly(new[]
    {
        CommissionRuleCodes.TiersOverlap, CommissionRuleCodes.TierInverted, CommissionRuleCodes.TierRateNegative, CommissionRuleCodes.TierLowerNegative,
    });

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var tier = RowMerge.Of(context.PreImage(ImageName), context.TargetEntity, CommissionTierColumns.EntityName);
        var planId = tier.GetAttributeValue<EntityReference>(CommissionTierColumns.PlanId)?.Id ?? Guid.Empty;
        if (planId == Guid.Empty)
        {
            return;
        }

        var reader = new PlanReader(context.SystemService);
        var plan = reader.Plan(planId);
        var tiers = reader.Tiers(planId, context.Context.PrimaryEntityId == Guid.Empty ? null : context.Context.PrimaryEntityId).Concat(new[] { tier });
        var violations = PlanMapping.Create(plan, tiers).Violations.Where(v => TierCodes.Contains(v.Code)).ToList();
        if (violations.Count > 0)
        {
            throw context.RuleError(PlanMapping.Name(plan), violations);
        }
    }
}
