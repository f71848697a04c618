using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Scorecards;

/// <summary>
/// Keeps <c>spm_rank</c> current: when a scorecard's weighted score or state changes, or a scorecard is deleted, the
/// scorecards of its business unit and period are ranked again (standard competition ranking, domain
/// <c>ScorecardRanking</c>). One query; one engine write per scorecard whose rank changed.
/// </summary>
[Step(UpdateStepId, MessageNames.Update, ScorecardColumns.EntityName, PipelineStage.PostOperation,
    Description = "Re-ranks the business unit and period of a scorecard whose weighted score or state changed.",
    FilteringAttributes = new[] { ScorecardColumns.WeightedScore, ScorecardColumns.StateCode })]
[StepImage(UpdateStepId, ImageType.PostImage, ImageName, ScorecardColumns.PeriodId, OwnerColumns.OwningBusinessUnit)]
[Step(DeleteStepId, MessageNames.Delete, ScorecardColumns.EntityName, PipelineStage.PostOperation,
    Description = "Re-ranks the business unit and period of a deleted scorecard.")]
[StepImage(DeleteStepId, ImageType.PreImage, ImageName, ScorecardColumns.PeriodId, OwnerColumns.OwningBusinessUnit)]
public sealed class ScorecardRankPlugin : PluginBase
{
    public const string UpdateStepId = "1e3a5c7d-9f2b-4d6e-8a0c-2b4d6f8a0c1e";
    public const string DeleteStepId = "2f4b6d8e-0a3c-4e7f-9b1d-3c5e7a9b1d2f";
    public const string ImageName = "Scorecard";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var image = context.Step.Message == MessageNames.Delete ? context.PreImage(ImageName) : context.PostImage(ImageName);
        if (image is null)
        {
            return;
        }

        ScorecardRanker.Rank(context, image);
    }
}
