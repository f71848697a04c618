using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// A plan with active assignments always keeps at least one active tier (SPM-PLN-016): the last active tier of such a
/// plan cannot be deleted, deactivated (Update of <c>statecode</c>, SetState, SetStateDynamicEntity) or moved to another
/// plan. Otherwise the plan's next statement would fail SPM-PLN-011 long after the change that caused it.
/// </summary>
[Step(DeleteStepId, MessageNames.Delete, CommissionTierColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses to delete the last tier of a plan that has assignments.")]
[StepImage(DeleteStepId, ImageType.PreImage, ImageName, CommissionTierColumns.Name, CommissionTierColumns.PlanId, CommissionTierColumns.StateCode)]
[Step(UpdateStepId, MessageNames.Update, CommissionTierColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Refuses to deactivate or move the last tier of a plan that has assignments.",
    FilteringAttributes = new[] { CommissionTierColumns.PlanId, CommissionTierColumns.StateCode })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, CommissionTierColumns.Name, CommissionTierColumns.PlanId, CommissionTierColumns.StateCode)]
[Step(SetStateStepId, MessageNames.SetState, CommissionTierColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Refuses to deactivate the last tier of a plan that has assignments.")]
[StepImage(SetStateStepId, ImageType.PreImage, ImageName, CommissionTierColumns.Name, CommissionTierColumns.PlanId, CommissionTierColumns.StateCode)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, CommissionTierColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Refuses to deactivate the last tier of a plan that has assignments.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, ImageName, CommissionTierColumns.Name, CommissionTierColumns.PlanId, CommissionTierColumns.StateCode)]
public sealed class TierRemovalGuardPlugin : PluginBase
{
    public const string DeleteStepId = "06782814-6b87-49c2-8d6e-7ce9554a3de8";
    public const string UpdateStepId = "99a173c9-b747-4ed0-b0d4-9958706f6ff4";
    public const string SetStateStepId = "91b6c147-3bdf-45cf-9bd1-d332088cbb5d";
    public const string SetStateDynamicStepId = "dea25b09-c7ed-4bf5-b389-64b3027bf02b";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(ImageName);
        var plan = before?.GetAttributeValue<EntityReference>(CommissionTierColumns.PlanId);
        if (before is null || plan is null || State(before) != 0 || !Leaves(context, plan))
        {
            return;
        }

        var reader = new DataAccess.PlanReader(context.SystemService);
        if (reader.Tiers(plan.Id, before.Id).Count > 0)
        {
            return;
        }

        var assignments = new QueryExpression(PlanAssignmentColumns.EntityName) { ColumnSet = new ColumnSet(PlanAssignmentColumns.Name), TopCount = 1 };
        assignments.Criteria.AddCondition(PlanAssignmentColumns.PlanId, ConditionOperator.Equal, plan.Id);
        assignments.Criteria.AddCondition(PlanAssignmentColumns.StateCode, ConditionOperator.Equal, 0);
        assignments.AddOrder(PlanAssignmentColumns.Name, OrderType.Ascending);
        var assignment = context.SystemService.RetrieveMultiple(assignments).Entities.FirstOrDefault();
        if (assignment is null)
        {
            return;
        }

        throw context.BusinessError(
            CommissionMessages.PlanLastTierInUse,
            PlanMapping.Name(reader.Plan(plan.Id)),
            before.GetAttributeValue<string>(CommissionTierColumns.Name) ?? "-",
            assignment.GetAttributeValue<string>(PlanAssignmentColumns.Name) ?? "-");
    }

    /// <summary>The tier stops counting for <paramref name="plan"/>: deleted, deactivated or moved to another plan.</summary>
    private static bool Leaves(LocalPluginContext context, EntityReference plan)
    {
        switch (context.Context.MessageName)
        {
            case MessageNames.Delete:
                return true;
            case MessageNames.SetState or MessageNames.SetStateDynamicEntity:
                return SetStateInput.Read(context.Context).State != 0;
            default:
                var target = context.TargetEntity;
                return target is not null
                    && ((target.Contains(CommissionTierColumns.StateCode) && State(target) != 0)
                        || (target.Contains(CommissionTierColumns.PlanId) && target.GetAttributeValue<EntityReference>(CommissionTierColumns.PlanId)?.Id != plan.Id));
        }
    }

    private static int State(Entity row) => row.GetAttributeValue<OptionSetValue>(CommissionTierColumns.StateCode)?.Value ?? 0;
}
