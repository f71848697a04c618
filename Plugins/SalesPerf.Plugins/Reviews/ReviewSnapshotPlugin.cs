using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// After a status change that moved a review into ManagerReview: makes sure the row holds the snapshot of the
/// scorecard's weighted score (<c>spm_quantitativescore</c>) and the scores, writing them as the engine (SYSTEM,
/// <see cref="ContextMarks.IsEngineWrite"/>) in the same transaction when it does not. On Update the PreOperation step has normally
/// put them in the Target already, and on SetState the platform may run that Update step too (the local organisation
/// does); then the row already holds them and nothing is written. Whether the platform stores Target columns added to
/// the status part of a split Update (semantics doc 1.8) is not verified, so the Update is covered here as well.
/// </summary>
[Step(SetStateStepId, MessageNames.SetState, ReviewColumns.EntityName, PipelineStage.PostOperation,
    Description = "Snapshots the quantitative score when a review enters Manager review through SetState.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName, ReviewColumns.StatusCode)]
[StepImage(SetStateStepId, ImageType.PostImage, PostImageName,
    ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.PeriodId, ReviewColumns.ScorecardId, ReviewColumns.StatusCode,
    ReviewColumns.TeamworkRating, ReviewColumns.GrowthRating, ReviewColumns.CustomerFocusRating, ReviewColumns.AttitudeRating,
    ReviewColumns.QuantitativeWeight, ReviewColumns.QuantitativeScore, ReviewColumns.QualitativeScore, ReviewColumns.OverallScore,
    ReviewColumns.OverallRating)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, ReviewColumns.EntityName, PipelineStage.PostOperation,
    Description = "Snapshots the quantitative score when a review enters Manager review through SetStateDynamicEntity.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName, ReviewColumns.StatusCode)]
[StepImage(SetStateDynamicStepId, ImageType.PostImage, PostImageName,
    ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.PeriodId, ReviewColumns.ScorecardId, ReviewColumns.StatusCode,
    ReviewColumns.TeamworkRating, ReviewColumns.GrowthRating, ReviewColumns.CustomerFocusRating, ReviewColumns.AttitudeRating,
    ReviewColumns.QuantitativeWeight, ReviewColumns.QuantitativeScore, ReviewColumns.QualitativeScore, ReviewColumns.OverallScore,
    ReviewColumns.OverallRating)]
[Step(UpdateStepId, MessageNames.Update, ReviewColumns.EntityName, PipelineStage.PostOperation,
    Description = "Makes sure a review that entered Manager review through Update holds its snapshot.",
    FilteringAttributes = new[] { ReviewColumns.StatusCode, ReviewColumns.StateCode })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, ReviewColumns.StatusCode)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName,
    ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.PeriodId, ReviewColumns.ScorecardId, ReviewColumns.StatusCode,
    ReviewColumns.TeamworkRating, ReviewColumns.GrowthRating, ReviewColumns.CustomerFocusRating, ReviewColumns.AttitudeRating,
    ReviewColumns.QuantitativeWeight, ReviewColumns.QuantitativeScore, ReviewColumns.QualitativeScore, ReviewColumns.OverallScore,
    ReviewColumns.OverallRating)]
public sealed class ReviewSnapshotPlugin : PluginBase
{
    public const string SetStateStepId = "6cfb9ee5-f592-4cb9-bf77-285b1378329e";
    public const string SetStateDynamicStepId = "000ef9db-26e2-4f53-898a-6f174ec461d2";
    public const string UpdateStepId = "bb525720-e1e8-4ecb-956a-49139ae3fe92";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var id = context.Context.PrimaryEntityId;
        var before = ReviewRow.Read(id, context.PreImage(PreImageName));
        var after = ReviewRow.Read(id, context.PostImage(PostImageName));
        if (before.Status == after.Status || !ReviewWorkflow.SnapshotsQuantitativeScore(after.Status))
        {
            context.Trace("No move into Manager review; nothing to snapshot.");
            return;
        }

        var scorecard = ReviewRecalculation.Locate(context, after);
        var score = ReviewScoreColumns.Compute(after, scorecard?.WeightedScore);
        if (ReviewScoreColumns.Holds(after, score) && (scorecard is null || after.Scorecard is not null))
        {
            context.Trace("The review already holds the snapshot; nothing to write.");
            return;
        }

        var update = new Microsoft.Xrm.Sdk.Entity(ReviewColumns.EntityName, after.Id);
        if (scorecard is not null && after.Scorecard is null)
        {
            update[ReviewColumns.ScorecardId] = scorecard.Scorecard;
        }

        ReviewScoreColumns.Write(update, score, withQuantitative: true);
        using (context.BeginEngineWrites())
        {
            context.SystemService.Update(update);
        }

        context.Trace(score.Trace.English);
    }
}
