using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>A deal split added, changed, deactivated, reactivated or removed: the opportunity's credit is divided again on every statement it is on.</summary>
[Step(CreateStepId, MessageNames.Create, DealSplitColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Divides a won opportunity's credit again after a split is added.")]
[StepImage(CreateStepId, ImageType.PostImage, PostImageName, DealSplitColumns.OpportunityId)]
[Step(UpdateStepId, MessageNames.Update, DealSplitColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Divides the credit again after a split changes.",
    FilteringAttributes = new[] { DealSplitColumns.OpportunityId, DealSplitColumns.UserId, DealSplitColumns.SplitPercent, DealSplitColumns.StateCode })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, DealSplitColumns.OpportunityId)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, DealSplitColumns.OpportunityId)]
[Step(DeleteStepId, MessageNames.Delete, DealSplitColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Gives the owner back a removed split's credit.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, DealSplitColumns.OpportunityId)]
[Step(SetStateStepId, MessageNames.SetState, DealSplitColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Divides the credit again after a split is deactivated or reactivated.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName, DealSplitColumns.OpportunityId)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, DealSplitColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Divides the credit again after a split is deactivated or reactivated.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName, DealSplitColumns.OpportunityId)]
public sealed class DealSplitCommissionPlugin : PluginBase
{
    public const string CreateStepId = "d6a4f5e7-8193-4eab-8fb4-3a5b6c7d8e01";
    public const string UpdateStepId = "d6a4f5e7-8193-4eab-8fb4-3a5b6c7d8e02";
    public const string DeleteStepId = "d6a4f5e7-8193-4eab-8fb4-3a5b6c7d8e03";
    public const string SetStateStepId = "d6a4f5e7-8193-4eab-8fb4-3a5b6c7d8e04";
    public const string SetStateDynamicStepId = "d6a4f5e7-8193-4eab-8fb4-3a5b6c7d8e05";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var opportunities = new[] { context.PreImage(PreImageName), context.PostImage(PostImageName) }
            .Select(i => i?.GetAttributeValue<EntityReference>(DealSplitColumns.OpportunityId)?.Id ?? Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct();
        foreach (var opportunityId in opportunities)
        {
            OpportunityCredits.Changed(context, opportunityId, false);
        }
    }
}
