using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A survey response created, changed or removed: recomputes CustomerSatisfaction of the owners of its old and new
/// customer for the old and new response dates (one Retrieve per customer, at most two).
/// </summary>
[Step(CreateStepId, MessageNames.Create, SurveyResponseColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the customer owner's satisfaction KPIs after a survey response.")]
[StepImage(CreateStepId, ImageType.PostImage, PostImageName, SurveyResponseColumns.CustomerId, SurveyResponseColumns.RespondedOn)]
[Step(UpdateStepId, MessageNames.Update, SurveyResponseColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes satisfaction KPIs after a survey response changes.",
    FilteringAttributes = new[] { SurveyResponseColumns.CustomerId, SurveyResponseColumns.Score, SurveyResponseColumns.RespondedOn, SurveyResponseColumns.StateCode })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, SurveyResponseColumns.CustomerId, SurveyResponseColumns.RespondedOn)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, SurveyResponseColumns.CustomerId, SurveyResponseColumns.RespondedOn)]
[Step(DeleteStepId, MessageNames.Delete, SurveyResponseColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes satisfaction KPIs after a survey response is removed.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, SurveyResponseColumns.CustomerId, SurveyResponseColumns.RespondedOn)]
public sealed class SurveyResponseAttainmentPlugin : PluginBase
{
    public const string CreateStepId = "0fa7fb8d-89ff-4d0f-af3b-83338e4f0ee0";
    public const string UpdateStepId = "432c9653-6da1-41a2-bac7-10409e2f3c52";
    public const string DeleteStepId = "412c4b5d-8fbd-4d56-bdc7-31b11e2cf609";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var images = StepImages.Present(context, PreImageName, PostImageName);
        var dates = images.SelectMany(e => SourceChange.Dates(e, [SurveyResponseColumns.RespondedOn])).Distinct().ToArray();
        var reader = new SourceRowReader(context.SystemService);
        var owners = new List<OwnerDates>();
        foreach (var customerId in StepImages.ReferencedIds(images, SurveyResponseColumns.CustomerId))
        {
            var owner = reader.Retrieve(SurveyResponseColumns.AccountEntityName, customerId, SurveyResponseColumns.AccountOwnerId)
                .GetAttributeValue<EntityReference>(SurveyResponseColumns.AccountOwnerId);
            if (owner is not null)
            {
                owners.Add(new OwnerDates(owner.Id, dates));
            }
        }

        AttainmentRun.ForOwners(context, owners);
    }
}
