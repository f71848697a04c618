using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A deal split created, changed or removed moves won revenue between the opportunity's owner and the split users:
/// recomputes all of them (before and after) for the periods containing the won opportunity's close date.
/// </summary>
[Step(CreateStepId, MessageNames.Create, DealSplitColumns.EntityName, PipelineStage.PostOperation,
    Description = "Credits the split user and the opportunity owner after a deal split is added.")]
[StepImage(CreateStepId, ImageType.PostImage, PostImageName, DealSplitColumns.OpportunityId, DealSplitColumns.UserId)]
[Step(UpdateStepId, MessageNames.Update, DealSplitColumns.EntityName, PipelineStage.PostOperation,
    Description = "Re-credits the opportunity owner and the old and new split users after a deal split changes.",
    FilteringAttributes = new[] { DealSplitColumns.OpportunityId, DealSplitColumns.UserId, DealSplitColumns.SplitPercent, DealSplitColumns.StateCode })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, DealSplitColumns.OpportunityId, DealSplitColumns.UserId)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, DealSplitColumns.OpportunityId, DealSplitColumns.UserId)]
[Step(DeleteStepId, MessageNames.Delete, DealSplitColumns.EntityName, PipelineStage.PostOperation,
    Description = "Gives the split's share back to the opportunity owner after a deal split is removed.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, DealSplitColumns.OpportunityId, DealSplitColumns.UserId)]
public sealed class DealSplitAttainmentPlugin : PluginBase
{
    public const string CreateStepId = "4a7e1c9d-6b88-4f2a-9d03-5e1c8b2a7f09";
    public const string UpdateStepId = "7b2f9e3c-1d99-4a4b-8e14-6f2d9c3b8a10";
    public const string DeleteStepId = "0c5a3d8e-2eaa-4b5c-9f25-7a3e0d4c9b11";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var images = StepImages.Present(context, PreImageName, PostImageName);
        var opportunities = StepImages.ReferencedIds(images, DealSplitColumns.OpportunityId);
        var users = StepImages.ReferencedIds(images, DealSplitColumns.UserId);
        var reader = new SourceRowReader(context.SystemService);
        var owners = new System.Collections.Generic.List<OwnerDates>();
        foreach (var opportunityId in opportunities)
        {
            var opportunity = reader.Retrieve(OpportunityColumns.EntityName, opportunityId, OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate);
            if (opportunity.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value != OpportunityColumns.StateWon)
            {
                context.Trace("Opportunity {0:D} is not won; its splits credit nothing yet.", opportunityId);
                continue;
            }

            var dates = SourceChange.Dates(opportunity, [OpportunityColumns.ActualCloseDate]).ToArray();
            owners.AddRange(SourceChange.Of(null, opportunity, OpportunityColumns.ActualCloseDate));
            owners.AddRange(users.Select(u => new OwnerDates(u, dates)));
        }

        AttainmentRun.ForOwners(context, owners);
    }
}
