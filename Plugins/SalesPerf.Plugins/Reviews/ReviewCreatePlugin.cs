using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Common;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// Create of <c>spm_review</c>: a new review starts as Draft without later steps' columns
/// (<see cref="ReviewCreateRules"/>), then gets its reviewer, scorecard, weight and name (<see cref="ReviewDefaults"/>)
/// in the Target, so they are stored with the row.
/// </summary>
[Step(CreateStepId, MessageNames.Create, ReviewColumns.EntityName, PipelineStage.PreOperation,
    Description = "Starts a review as Draft; defaults reviewer (the reviewee's manager), scorecard, weight and name.")]
public sealed class ReviewCreatePlugin : PluginBase
{
    public const string CreateStepId = "8ed4b771-60e6-42e1-abaa-2109a95525ea";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            context.Trace("No Target entity; nothing to do.");
            return;
        }

        var violations = ReviewCreateRules.Check(target, context.IsEngineWrite);
        if (violations.Count > 0)
        {
            throw ReviewErrors.Create(context, ReviewRow.Read(target.Id, target).DisplayName, violations);
        }

        ReviewDefaults.Apply(context, target);
        var owner = target.GetAttributeValue<EntityReference>(ReviewColumns.OwnerId)
            ?? new EntityReference("systemuser", context.Context.UserId);
        if (ReviewChangeRules.IsOwnReview(owner, target.GetAttributeValue<EntityReference>(ReviewColumns.ReviewerId)))
        {
            throw ReviewErrors.Create(
                context, ReviewRow.Read(target.Id, target).DisplayName, new[] { RuleViolation.Of(MessageCodes.ReviewerIsReviewee) });
        }
    }
}
