using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Development;

/// <summary>
/// An item was added, moved, deleted or changed status: the plan's progress (completed ÷ not cancelled) is written by
/// the engine in the same transaction (<see cref="DevelopmentPlans.Refresh"/>; both plans when an item moves).
/// </summary>
[Step(CreateStepId, MessageNames.Create, DevelopmentColumns.ItemEntityName, PipelineStage.PostOperation,
    Description = "Recomputes the development plan's progress.")]
[Step(UpdateStepId, MessageNames.Update, DevelopmentColumns.ItemEntityName, PipelineStage.PostOperation,
    Description = "Recomputes the development plan's progress.",
    FilteringAttributes = new[] { DevelopmentColumns.PlanId, DevelopmentColumns.ItemStatus })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, DevelopmentColumns.PlanId)]
[Step(DeleteStepId, MessageNames.Delete, DevelopmentColumns.ItemEntityName, PipelineStage.PostOperation,
    Description = "Recomputes the development plan's progress.")]
[StepImage(DeleteStepId, ImageType.PreImage, ImageName, DevelopmentColumns.PlanId)]
public sealed class PlanProgressPlugin : PluginBase
{
    public const string CreateStepId = "913189c6-d4d0-407c-8b3d-c8b803a7595b";
    public const string UpdateStepId = "1d210606-3aef-4362-8566-2bf42b917d81";
    public const string DeleteStepId = "d636b1d7-cce2-4ea5-a720-94addb0bc204";
    public const string ImageName = "PreImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.Context.MessageName == MessageNames.Create ? null : context.PreImage(ImageName)?.GetAttributeValue<EntityReference>(DevelopmentColumns.PlanId);
        var after = context.TargetEntity?.GetAttributeValue<EntityReference>(DevelopmentColumns.PlanId);
        if (context.Context.MessageName == MessageNames.Update && after is null)
        {
            after = before;
        }

        if (before is not null && before.Id != after?.Id)
        {
            DevelopmentPlans.Refresh(context, before.Id);
        }

        if (after is not null)
        {
            DevelopmentPlans.Refresh(context, after.Id);
        }
    }
}
