using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Refuses a commission plan with an unknown choice, a negative cap, gate or clawback days, or inverted effective
/// dates (SPM-PLN-005…008, 012), all at once, naming the plan. A plan may be saved before its tiers exist; on update
/// its stored tiers are checked with it.
/// </summary>
[Step(CreateStepId, MessageNames.Create, CommissionPlanColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new commission plan.")]
[Step(UpdateStepId, MessageNames.Update, CommissionPlanColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a changed commission plan.")]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName,
    CommissionPlanColumns.Name, CommissionPlanColumns.Basis, CommissionPlanColumns.TierScope, CommissionPlanColumns.TierMode, CommissionPlanColumns.TierBasis,
    CommissionPlanColumns.PayoutCap, CommissionPlanColumns.AcceleratorGate, CommissionPlanColumns.ClawbackDays,
    CommissionPlanColumns.EffectiveFrom, CommissionPlanColumns.EffectiveTo)]
public sealed class PlanValidationPlugin : PluginBase
{
    public const string CreateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a01";
    public const string UpdateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a02";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var plan = RowMerge.Of(context.PreImage(ImageName), context.TargetEntity, CommissionPlanColumns.EntityName);
        var tiers = context.Context.MessageName == MessageNames.Update
            ? new PlanReader(context.SystemService).Tiers(context.Context.PrimaryEntityId)
            : System.Array.Empty<Microsoft.Xrm.Sdk.Entity>();
        var violations = PlanMapping.Create(plan, tiers).Violations.Where(v => v.Code != CommissionRuleCodes.PlanHasNoTiers).ToList();
        if (violations.Count > 0)
        {
            throw context.RuleError(PlanMapping.Name(plan), violations);
        }
    }
}
