using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// A plan, one of its tiers or an assignment changed: every open statement of the affected assignments is recomputed
/// (and an assignment's statement is created when its rep already has credit in the period). Closed statements keep
/// the numbers they were approved with.
/// </summary>
[Step(PlanUpdateStepId, MessageNames.Update, CommissionPlanColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes the open statements of a plan's assignments after the plan changes.")]
[Step(TierCreateStepId, MessageNames.Create, CommissionTierColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes the open statements of the plan after a tier is added.")]
[StepImage(TierCreateStepId, ImageType.PostImage, ImageName, CommissionTierColumns.PlanId)]
[Step(TierUpdateStepId, MessageNames.Update, CommissionTierColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes the open statements of the plan after a tier changes.")]
[StepImage(TierUpdateStepId, ImageType.PostImage, ImageName, CommissionTierColumns.PlanId)]
[Step(TierDeleteStepId, MessageNames.Delete, CommissionTierColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes the open statements of the plan after a tier is removed.")]
[StepImage(TierDeleteStepId, ImageType.PreImage, ImageName, CommissionTierColumns.PlanId)]
[Step(AssignmentCreateStepId, MessageNames.Create, PlanAssignmentColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Computes the statement of a new assignment from the credit its rep already has.")]
[Step(AssignmentUpdateStepId, MessageNames.Update, PlanAssignmentColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes the assignment's open statement after its plan, period, quota or owner changes.")]
public sealed class PlanChangeCommissionPlugin : PluginBase
{
    public const string PlanUpdateStepId = "e7b5a6f8-92a4-4fbc-80c5-4b6c7d8e9f01";
    public const string TierCreateStepId = "e7b5a6f8-92a4-4fbc-80c5-4b6c7d8e9f02";
    public const string TierUpdateStepId = "e7b5a6f8-92a4-4fbc-80c5-4b6c7d8e9f03";
    public const string TierDeleteStepId = "e7b5a6f8-92a4-4fbc-80c5-4b6c7d8e9f04";
    public const string AssignmentCreateStepId = "e7b5a6f8-92a4-4fbc-80c5-4b6c7d8e9f05";
    public const string AssignmentUpdateStepId = "e7b5a6f8-92a4-4fbc-80c5-4b6c7d8e9f06";
    public const string ImageName = "Tier";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var reader = new AssignmentReader(context.SystemService);
        var table = context.Context.PrimaryEntityName;
        if (table == PlanAssignmentColumns.EntityName)
        {
            var assignment = reader.ById(context.Context.PrimaryEntityId);
            CommissionEvents.AssignmentsChanged(context, assignment is null ? Array.Empty<AssignmentRow>() : new[] { assignment });
            return;
        }

        var planId = table == CommissionPlanColumns.EntityName
            ? context.Context.PrimaryEntityId
            : (context.PostImage(ImageName) ?? context.PreImage(ImageName))?.GetAttributeValue<EntityReference>(CommissionTierColumns.PlanId)?.Id ?? Guid.Empty;
        if (planId != Guid.Empty)
        {
            CommissionEvents.AssignmentsChanged(context, reader.ForPlan(planId).ToList());
        }
    }
}
