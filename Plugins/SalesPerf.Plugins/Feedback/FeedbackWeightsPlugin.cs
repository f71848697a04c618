using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Feedback;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Feedback;

/// <summary>
/// Refuses a review cycle's feedback settings that cannot be used, when the period is saved: the manager, peer and
/// customer weights are all empty (defaults 60 / 20 / 20) or all set, each 0–100, summing to 100 (SPM-FBK-016); the
/// minimum number of responses is 1–50 (SPM-FBK-017). Reads nothing but the images.
/// </summary>
[Step(CreateStepId, MessageNames.Create, PeriodColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates the review cycle's 360° feedback weights and minimum responses.")]
[Step(UpdateStepId, MessageNames.Update, PeriodColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates changed 360° feedback weights and minimum responses.",
    FilteringAttributes = new[]
    {
        FeedbackPeriodColumns.ManagerWeight, FeedbackPeriodColumns.PeerWeight, FeedbackPeriodColumns.CustomerWeight, FeedbackPeriodColumns.MinimumResponses,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName,
    PeriodColumns.Name, FeedbackPeriodColumns.ManagerWeight, FeedbackPeriodColumns.PeerWeight, FeedbackPeriodColumns.CustomerWeight,
    FeedbackPeriodColumns.MinimumResponses)]
public sealed class FeedbackWeightsPlugin : PluginBase
{
    public const string CreateStepId = "7e2aec79-b233-4e0e-9eae-140b6063aadf";
    public const string UpdateStepId = "99d21da8-fcc0-4e5e-84b8-9f3d2c2ed692";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            return;
        }

        var row = Merge(context.PreImage(ImageName), target);
        var weights = FeedbackWeights.Create(
            row.GetAttributeValue<decimal?>(FeedbackPeriodColumns.ManagerWeight),
            row.GetAttributeValue<decimal?>(FeedbackPeriodColumns.PeerWeight),
            row.GetAttributeValue<decimal?>(FeedbackPeriodColumns.CustomerWeight),
            row.GetAttributeValue<int?>(FeedbackPeriodColumns.MinimumResponses));
        if (!weights.IsValid)
        {
            throw context.RuleError(row.GetAttributeValue<string>(PeriodColumns.Name) ?? "-", weights.Violations);
        }
    }

    private static Entity Merge(Entity? before, Entity target)
    {
        var row = new Entity(target.LogicalName, target.Id);
        foreach (var source in new[] { before, target })
        {
            if (source is null)
            {
                continue;
            }

            foreach (var column in source.Attributes)
            {
                row[column.Key] = column.Value;
            }
        }

        return row;
    }
}
