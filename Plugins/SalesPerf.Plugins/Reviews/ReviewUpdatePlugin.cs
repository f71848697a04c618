using System.Linq;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// Every Update of <c>spm_review</c>: enforces the review rules (<see cref="ReviewChangeRules"/>) for the initiating
/// user, then completes the Target with the computed columns (snapshot on entering ManagerReview, scores on a change
/// of ratings or weight), so the one write the user sent stores them; a violation stops the write and nothing changes.
/// </summary>
/// <remarks>
/// No filtering attributes: a Completed review is read-only in every column, so every Update must be seen. An Update
/// carrying status and other columns reaches this step twice (semantics doc 1.8), each part checked on its own. The
/// engine's own writes (<see cref="ContextMarks.IsEngineWrite"/>) pass unchecked.
/// </remarks>
[Step(UpdateStepId, MessageNames.Update, ReviewColumns.EntityName, PipelineStage.PreOperation,
    Description = "Review rules (status order, parties, field permissions, read-only when completed) and review scores.")]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName,
    ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.ReviewerId, ReviewColumns.PeriodId, ReviewColumns.ScorecardId,
    ReviewColumns.StateCode, ReviewColumns.StatusCode, ReviewColumns.TeamworkRating, ReviewColumns.GrowthRating,
    ReviewColumns.CustomerFocusRating, ReviewColumns.AttitudeRating, ReviewColumns.QuantitativeWeight,
    ReviewColumns.QuantitativeScore, ReviewColumns.QualitativeScore, ReviewColumns.OverallScore, ReviewColumns.OverallRating,
    ReviewColumns.SelfAssessment, ReviewColumns.EmployeeComments, ReviewColumns.Strengths, ReviewColumns.Improvements,
    ReviewColumns.ActionPlan, ReviewColumns.PeerScore, ReviewColumns.CustomerScore)]
public sealed class ReviewUpdatePlugin : PluginBase
{
    public const string UpdateStepId = "66041281-a464-4669-baf7-93adbc7598de";
    public const string PreImageName = "PreImage";

    // The rules must hold for nested writes too; this step writes nothing itself (it completes the Target), so it cannot loop.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            context.Trace("No Target entity; nothing to check.");
            return;
        }

        if (context.IsEngineWrite)
        {
            context.Trace("Written by the SalesPerf engine; allowed.");
            return;
        }

        var preImage = context.PreImage(PreImageName);
        var before = ReviewRow.Read(target.Id, preImage);
        var changes = ReviewChanges.Of(target, preImage, context.Step.Images.Single(i => i.Name == PreImageName).Attributes);
        var requested = ReviewStatusRequest.FromTarget(changes, before.Status);
        var caller = ReviewCallers.For(context, before);
        var violations = ReviewChangeRules.Check(before, changes, requested, caller);
        if (violations.Count > 0)
        {
            throw ReviewErrors.Create(context, before.With(changes).DisplayName, violations);
        }

        ReviewRecalculation.Apply(context, before, target, changes, requested);
    }
}
