using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Okrs;

/// <summary>
/// After a key result is created, changed, moved, deactivated, reactivated or deleted: recomputes its objective (and
/// the one it left) in the same transaction (<see cref="ObjectiveRollup"/>, <see cref="OkrBudget.PerObjective"/> calls each).
/// </summary>
[Step(CreateStepId, MessageNames.Create, KeyResultColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the objective of a new key result.")]
[Step(UpdateStepId, MessageNames.Update, KeyResultColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Recomputes the objectives of a changed key result.",
    FilteringAttributes = new[]
    {
        KeyResultColumns.Kind, KeyResultColumns.Weight, KeyResultColumns.TargetId, KeyResultColumns.StartValue,
        KeyResultColumns.GoalValue, KeyResultColumns.CurrentValue, KeyResultColumns.ObjectiveId, KeyResultColumns.StateCode,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, KeyResultColumns.ObjectiveId)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, KeyResultColumns.ObjectiveId)]
[Step(DeleteStepId, MessageNames.Delete, KeyResultColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the objective of a deleted key result.")]
[StepImage(DeleteStepId, ImageType.PreImage, ImageName, KeyResultColumns.ObjectiveId)]
[Step(SetStateStepId, MessageNames.SetState, KeyResultColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Recomputes the objective of a deactivated or reactivated key result.")]
[StepImage(SetStateStepId, ImageType.PreImage, ImageName, KeyResultColumns.ObjectiveId)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, KeyResultColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Recomputes the objective of a deactivated or reactivated key result.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, ImageName, KeyResultColumns.ObjectiveId)]
public sealed class KeyResultRollupPlugin : PluginBase
{
    public const string CreateStepId = "a440ca95-ce8c-450b-a5fb-1c317a4b4925";
    public const string UpdateStepId = "67e48bb4-c901-464a-9e2b-8d74c6eef3f0";
    public const string DeleteStepId = "0546cc67-254d-40bc-b54d-ca0d362a9603";
    public const string SetStateStepId = "f8abc709-e410-4bb9-9dc8-ee1b75f91f43";
    public const string SetStateDynamicStepId = "f3e55f53-08e9-46b2-b507-25d45a9a6cd0";
    public const string ImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var objectives = new List<Guid>();
        Add(objectives, context.PreImage(ImageName));
        Add(objectives, context.Context.MessageName == MessageNames.Create ? context.TargetEntity : context.PostImage(PostImageName));
        foreach (var objective in objectives.Distinct())
        {
            ObjectiveRollup.Recompute(context, objective);
        }
    }

    private static void Add(List<Guid> objectives, Entity? row)
    {
        var objective = row?.GetAttributeValue<EntityReference>(KeyResultColumns.ObjectiveId);
        if (objective is not null)
        {
            objectives.Add(objective.Id);
        }
    }
}
