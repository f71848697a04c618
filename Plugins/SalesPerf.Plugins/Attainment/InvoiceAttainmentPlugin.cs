using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// An invoice's total, due date, state or owner changes: recomputes CollectionRate (invoices due) of the old and new
/// owner; when the owner changes, also the periods of the invoice's payments (CollectedAmount moves with the invoice).
/// </summary>
[Step(UpdateStepId, MessageNames.Update, InvoiceColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's collection KPIs when an invoice's total, due date, state or owner changes.",
    FilteringAttributes = new[]
    {
        InvoiceColumns.OwnerId, InvoiceColumns.TotalAmount, InvoiceColumns.DueDate, InvoiceColumns.StateCode,
        InvoiceColumns.StatusCode, "transactioncurrencyid",
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, InvoiceColumns.OwnerId, InvoiceColumns.DueDate, InvoiceColumns.StateCode)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, InvoiceColumns.OwnerId, InvoiceColumns.DueDate, InvoiceColumns.StateCode)]
[Step(DeleteStepId, MessageNames.Delete, InvoiceColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's collection KPIs after an invoice is deleted.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, InvoiceColumns.OwnerId, InvoiceColumns.DueDate, InvoiceColumns.StateCode)]
[Step(AssignStepId, MessageNames.Assign, InvoiceColumns.EntityName, PipelineStage.PostOperation,
    Description = "Moves an invoice's collection KPIs from the old owner to the new one.")]
[StepImage(AssignStepId, ImageType.PreImage, PreImageName, InvoiceColumns.OwnerId, InvoiceColumns.DueDate, InvoiceColumns.StateCode)]
[StepImage(AssignStepId, ImageType.PostImage, PostImageName, InvoiceColumns.OwnerId, InvoiceColumns.DueDate, InvoiceColumns.StateCode)]
[Step(SetStateStepId, MessageNames.SetState, InvoiceColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes collection KPIs when an invoice is paid, cancelled or reactivated.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName, InvoiceColumns.OwnerId, InvoiceColumns.DueDate, InvoiceColumns.StateCode)]
[StepImage(SetStateStepId, ImageType.PostImage, PostImageName, InvoiceColumns.OwnerId, InvoiceColumns.DueDate, InvoiceColumns.StateCode)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, InvoiceColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes collection KPIs when an invoice is paid, cancelled or reactivated.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName, InvoiceColumns.OwnerId, InvoiceColumns.DueDate, InvoiceColumns.StateCode)]
[StepImage(SetStateDynamicStepId, ImageType.PostImage, PostImageName, InvoiceColumns.OwnerId, InvoiceColumns.DueDate, InvoiceColumns.StateCode)]
public sealed class InvoiceAttainmentPlugin : PluginBase
{
    public const string UpdateStepId = "6b1e7c4d-6cee-4f9a-9d69-1e7c4b8a3f15";
    public const string DeleteStepId = "9c4f8d5e-7dff-4a0b-8e7a-2f8d5c9b4a16";
    public const string AssignStepId = "3d7a9e6f-8e00-4b1c-9f8b-3a9e6d0c5b17";
    public const string SetStateStepId = "0e2b4f7a-9f11-4c2d-8a9c-4b0f7e1d6c18";
    public const string SetStateDynamicStepId = "7f5c1a8b-0a22-4d3e-9bad-5c1a8f2e7d19";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(PreImageName);
        var after = context.PostImage(PostImageName);
        var owners = SourceChange.Of(before, after, InvoiceColumns.DueDate).ToList();
        var ownerBefore = before?.GetAttributeValue<EntityReference>(InvoiceColumns.OwnerId)?.Id;
        var ownerAfter = after?.GetAttributeValue<EntityReference>(InvoiceColumns.OwnerId)?.Id;
        if (ownerBefore != ownerAfter || after is null)
        {
            var days = new InvoicePaymentsReader(context.SystemService).PaymentDays(context.Context.PrimaryEntityId);
            owners = owners.Select(o => new OwnerDates(o.OwnerId, o.Dates.Concat(days))).ToList();
        }

        AttainmentRun.ForOwners(context, owners);
    }
}
