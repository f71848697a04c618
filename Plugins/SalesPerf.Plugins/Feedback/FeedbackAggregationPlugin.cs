using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Feedback;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Feedback;

/// <summary>
/// A request was submitted: the review's peer and customer aggregates and its qualitative, overall score and rating
/// are recomputed in the same transaction (<see cref="ReviewFeedback.Refresh"/>: one query, two Retrieves, at most one write).
/// </summary>
[Step(StepId, MessageNames.Update, FeedbackRequestColumns.EntityName, PipelineStage.PostOperation,
    Description = "Refreshes the review's 360° feedback aggregates and scores when an answer is submitted.",
    FilteringAttributes = new[] { FeedbackRequestColumns.Status })]
[StepImage(StepId, ImageType.PreImage, ImageName, FeedbackRequestColumns.ReviewId, FeedbackRequestColumns.Status)]
public sealed class FeedbackAggregationPlugin : PluginBase
{
    public const string StepId = "2c6a1e9c-6917-4cf0-b8da-ea32851f1b33";
    public const string ImageName = "PreImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(ImageName);
        var review = before?.GetAttributeValue<EntityReference>(FeedbackRequestColumns.ReviewId);
        var was = before?.GetAttributeValue<OptionSetValue>(FeedbackRequestColumns.Status)?.Value;
        var now = context.TargetEntity?.GetAttributeValue<OptionSetValue>(FeedbackRequestColumns.Status)?.Value;
        if (review is null || now != (int)FeedbackStatus.Submitted || was == (int)FeedbackStatus.Submitted)
        {
            return;
        }

        ReviewFeedback.Refresh(context, review.Id);
    }
}
