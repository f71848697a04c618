using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A target created, re-termed, moved, re-parented, deactivated or deleted, or a Manual KPI's actual entered: recomputes
/// that target, reconciles its old and new parent (allocated value and variance, roll-up) and rescores its old and new
/// scorecard. The engine's own writes of computed columns do not come back here, nor do writes of an operation that
/// recomputes the family itself at its end (<see cref="ContextMarks.IsRecomputeDeferred"/>). An Update the platform raises
/// inside SetState of the same target stands aside (<see cref="StepNesting.StandsAsideInsideStateChange"/>).
/// </summary>
[Step(CreateStepId, MessageNames.Create, TargetColumns.EntityName, PipelineStage.PostOperation,
    Description = "Computes a new target and reconciles its parent and scorecard.")]
[StepImage(CreateStepId, ImageType.PostImage, PostImageName, TargetColumns.ParentTargetId, TargetColumns.ScorecardId)]
[Step(UpdateStepId, MessageNames.Update, TargetColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Recomputes a target whose terms, KPI, period, owner, parent, scorecard or manual actual changed.",
    FilteringAttributes = new[]
    {
        TargetColumns.TargetValue, TargetColumns.StretchValue, TargetColumns.ThresholdPercent, TargetColumns.Weight,
        TargetColumns.ScoreCap, TargetColumns.RollupSource, TargetColumns.ParentTargetId, TargetColumns.ScorecardId,
        TargetColumns.KpiId, TargetColumns.PeriodId, TargetColumns.ActualValue, TargetStates.OwnerId, TargetStates.StateCode,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, TargetColumns.ParentTargetId, TargetColumns.ScorecardId)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, TargetColumns.ParentTargetId, TargetColumns.ScorecardId)]
[Step(DeleteStepId, MessageNames.Delete, TargetColumns.EntityName, PipelineStage.PostOperation,
    Description = "Reconciles the parent and rescores the scorecard of a deleted target.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, TargetColumns.ParentTargetId, TargetColumns.ScorecardId)]
[Step(SetStateStepId, MessageNames.SetState, TargetColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Reconciles the parent and rescores the scorecard of a deactivated or reactivated target.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName, TargetColumns.ParentTargetId, TargetColumns.ScorecardId)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, TargetColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Reconciles the parent and rescores the scorecard of a deactivated or reactivated target.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName, TargetColumns.ParentTargetId, TargetColumns.ScorecardId)]
public sealed class TargetAttainmentPlugin : PluginBase
{
    public const string CreateStepId = "7c4a6b5d-8dbb-4ac1-9e36-4fad7c1b6a28";
    public const string UpdateStepId = "0d6b8c7e-9ecc-4bd2-8f47-5abe8d2c7b29";
    public const string DeleteStepId = "4e8c0d9f-0fdd-4ce3-9a58-6bcf9e3d8c30";
    public const string SetStateStepId = "8f0d2e1a-1aee-4df4-8b69-7cd0af4e9d31";
    public const string SetStateDynamicStepId = "1a2e4f3b-2bff-4e05-9c7a-8de1b05fae32";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var message = context.Context.MessageName;
        if (message == MessageNames.Update && OnlyComputedColumns(context.TargetEntity) && context.IsEngineWrite)
        {
            context.Trace("The engine's own write of computed columns; nothing to recompute.");
            return;
        }

        var images = new[] { context.PreImage(PreImageName), context.PostImage(PostImageName) }.Where(e => e is not null).Select(e => e!).ToArray();
        var parents = Ids(images, TargetColumns.ParentTargetId);
        var scorecards = Ids(images, TargetColumns.ScorecardId);
        var family = parents.Concat(scorecards).Concat(new[] { context.Context.PrimaryEntityId });
        if (family.Any(id => ContextMarks.IsRecomputeDeferred(context.Context, id)))
        {
            context.Trace("Written by an operation that recomputes the whole family at its end; standing aside.");
            return;
        }

        var self = message == MessageNames.Delete ? Array.Empty<Guid>() : new[] { context.Context.PrimaryEntityId };
        using (context.BeginEngineWrites())
        {
            var result = AttainmentRun.Recalculator(context).ForTargets(self, parents, scorecards);
            context.Trace("Recomputed {0} target(s); wrote {1} target(s) and {2} scorecard(s).", result.TargetsRecomputed, result.TargetsWritten, result.ScorecardsWritten);
        }
    }

    private static Guid[] Ids(Entity[] images, string column) =>
        images.Select(e => e.GetAttributeValue<EntityReference>(column)?.Id ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToArray();

    private static bool OnlyComputedColumns(Entity? target) =>
        target is not null
        && target.Attributes.Keys.All(column =>
            column == TargetColumns.Id || column == TargetColumns.ActualValue || TargetColumns.EngineOnlyColumns.Contains(column)
            || column is "modifiedon" or "modifiedby" or "modifiedonbehalfby");
}
