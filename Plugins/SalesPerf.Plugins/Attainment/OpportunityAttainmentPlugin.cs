using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// Recomputes the attainment of an opportunity's owner (before and after the change) and of its split users when an
/// opportunity is created, changed, deleted, reassigned or reopened; VisitSuccessRate of the owners before and after
/// when it is created, deleted, reassigned or given another customer (<see cref="VisitSuccessChange"/>). Win and Lose are <c>Closes/OpportunityClosePlugin</c>'s;
/// an Update or SetState the platform may raise inside Win, Lose, Assign or SetState of the same row stands aside
/// (<see cref="StepNesting.StandsAsideInsideRowMessages"/>, applied by <see cref="PluginBase"/>).
/// </summary>
[Step(CreateStepId, MessageNames.Create, OpportunityColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's opportunity KPIs (in-progress value) after an opportunity is created.")]
[StepImage(CreateStepId, ImageType.PostImage, PostImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate,
    OpportunityColumns.CreatedOn)]
[Step(UpdateStepId, MessageNames.Update, OpportunityColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages, 
    Description = "Recomputes the old and new owner's opportunity KPIs when values, probability, dates, state, owner or currency change.",
    FilteringAttributes = new[]
    {
        OpportunityColumns.OwnerId, OpportunityColumns.EstimatedValue, OpportunityColumns.EstimatedCloseDate,
        OpportunityColumns.ActualValue, OpportunityColumns.ActualCloseDate, OpportunityColumns.StateCode,
        OpportunityColumns.StatusCode, OpportunityColumns.CustomerId, OpportunityColumns.TransactionCurrencyId,
        OpportunityColumns.CloseProbability,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate,
    OpportunityColumns.CustomerId, OpportunityColumns.CreatedOn)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate,
    OpportunityColumns.CustomerId, OpportunityColumns.CreatedOn, OpportunityColumns.SalesCycleDays, OpportunityColumns.IsNewCustomer)]
[Step(DeleteStepId, MessageNames.Delete, OpportunityColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's and split users' KPIs after an opportunity is deleted.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate,
    OpportunityColumns.CreatedOn)]
[Step(AssignStepId, MessageNames.Assign, OpportunityColumns.EntityName, PipelineStage.PostOperation,
    Description = "Moves an opportunity's actuals from the old owner to the new one.")]
[StepImage(AssignStepId, ImageType.PreImage, PreImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate,
    OpportunityColumns.CustomerId, OpportunityColumns.CreatedOn)]
[StepImage(AssignStepId, ImageType.PostImage, PostImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate,
    OpportunityColumns.CustomerId, OpportunityColumns.CreatedOn)]
[Step(SetStateStepId, MessageNames.SetState, OpportunityColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages, 
    Description = "Recomputes KPIs when an opportunity's state changes (reopen).")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate)]
[StepImage(SetStateStepId, ImageType.PostImage, PostImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate,
    OpportunityColumns.CustomerId, OpportunityColumns.CreatedOn, OpportunityColumns.SalesCycleDays, OpportunityColumns.IsNewCustomer)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, OpportunityColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages, 
    Description = "Recomputes KPIs when an opportunity's state changes (reopen).")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate)]
[StepImage(SetStateDynamicStepId, ImageType.PostImage, PostImageName,
    OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate,
    OpportunityColumns.CustomerId, OpportunityColumns.CreatedOn, OpportunityColumns.SalesCycleDays, OpportunityColumns.IsNewCustomer)]
public sealed class OpportunityAttainmentPlugin : PluginBase
{
    public const string CreateStepId = "2f0f5a8e-6a11-4c55-9a0e-3c1b8d1f7a01";
    public const string UpdateStepId = "5d7c2b9a-1e44-4f2b-8c61-0a9e7b3d2c02";
    public const string DeleteStepId = "8a1e4c7d-3b22-4e91-b5f0-6d2c9a8e1f03";
    public const string AssignStepId = "c4b9e2f1-7d33-4a6c-9e18-2f5a0b7c3d04";
    public const string SetStateStepId = "e7d3a1b5-9c44-4b7e-a2f9-8c1d6e0b5a05";
    public const string SetStateDynamicStepId = "1b6f8d2c-4e55-4c8a-b3e0-9d2f7a1c6b06";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    private static readonly string[] DateColumns = [OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate];

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(PreImageName);
        var after = context.PostImage(PostImageName);
        var owners = SourceChange.Of(before, after, DateColumns).ToList();
        if (WasOrIsWon(before) || WasOrIsWon(after))
        {
            var closeDates = new[] { before, after }.Where(e => e is not null).SelectMany(e => SourceChange.Dates(e!, [OpportunityColumns.ActualCloseDate])).ToArray();
            var splitUsers = new OpportunityReader(context.SystemService).SplitUsers(context.Context.PrimaryEntityId);
            owners.AddRange(splitUsers.Select(u => new OwnerDates(u, closeDates)));
        }

        if (context.Context.MessageName is MessageNames.Create or MessageNames.Delete)
        {
            owners.AddRange(VisitSuccessChange.Of(before ?? after));
        }
        else if (VisitSuccessChange.Moves(before, after))
        {
            // Reassigned or given another customer: the visits it followed up may change, for the old owner and the new.
            owners.AddRange(VisitSuccessChange.Of(before));
            owners.AddRange(VisitSuccessChange.Of(after));
        }

        AttainmentRun.ForOwners(context, owners);
    }

    private static bool WasOrIsWon(Entity? row) =>
        row?.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value == OpportunityColumns.StateWon;
}
