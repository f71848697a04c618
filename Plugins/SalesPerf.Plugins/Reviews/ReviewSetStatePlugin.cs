using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// SetState and SetStateDynamicEntity of <c>spm_review</c> (older clients, and the usual way to acknowledge: State 1,
/// Status 2): the status may move only one step, by that step's party, as on Update (<see cref="ReviewChangeRules"/>).
/// The snapshot of a move into ManagerReview is written after the operation by <see cref="ReviewSnapshotPlugin"/>.
/// </summary>
[Step(SetStateStepId, MessageNames.SetState, ReviewColumns.EntityName, PipelineStage.PreOperation,
    Description = "Review status order and parties on SetState.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName,
    ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.ReviewerId, ReviewColumns.StateCode, ReviewColumns.StatusCode,
    ReviewColumns.TeamworkRating, ReviewColumns.GrowthRating, ReviewColumns.CustomerFocusRating, ReviewColumns.AttitudeRating)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, ReviewColumns.EntityName, PipelineStage.PreOperation,
    Description = "Review status order and parties on SetStateDynamicEntity.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName,
    ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.ReviewerId, ReviewColumns.StateCode, ReviewColumns.StatusCode,
    ReviewColumns.TeamworkRating, ReviewColumns.GrowthRating, ReviewColumns.CustomerFocusRating, ReviewColumns.AttitudeRating)]
public sealed class ReviewSetStatePlugin : PluginBase
{
    public const string SetStateStepId = "6d6829d1-5408-4e02-918f-daba7cf4accf";
    public const string SetStateDynamicStepId = "72e1f521-dc44-4695-ac43-0830240cfc9e";
    public const string PreImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var request = SetStateInput.Read(context.Context);
        var before = ReviewRow.Read(request.Record.Id, context.PreImage(PreImageName));
        var requested = ReviewStatusRequest.FromSetState(request.State, request.Status);
        var caller = ReviewCallers.For(context, before);
        var violations = ReviewChangeRules.Check(before, new Entity(ReviewColumns.EntityName, before.Id), requested, caller);
        if (violations.Count > 0)
        {
            throw ReviewErrors.Create(context, before.DisplayName, violations);
        }

        context.Trace("Status {0} → {1} allowed.", before.Status, requested);
    }
}
