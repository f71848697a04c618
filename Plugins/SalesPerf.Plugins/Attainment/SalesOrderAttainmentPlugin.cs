using System.Linq;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A sales order reassigned, re-dated, re-totalled, deleted or changing state: recomputes OrderAmount, GrossMargin and
/// GrossMarginPercent of the old and new owner for the fulfilment dates. Fulfil and cancel are
/// <c>Closes/SalesOrderClosePlugin</c>'s; an Update or SetState the platform may raise inside them (or inside Assign or
/// SetState) of the same row stands aside (<see cref="StepNesting.StandsAsideInsideRowMessages"/>).
/// </summary>
[Step(UpdateStepId, MessageNames.Update, SalesOrderColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's order KPIs when an order's owner, state, fulfilment date, total or margin changes.",
    FilteringAttributes = new[]
    {
        SalesOrderColumns.OwnerId, SalesOrderColumns.StateCode, SalesOrderColumns.StatusCode, SalesOrderColumns.DateFulfilled,
        SalesOrderColumns.TotalAmount, SalesOrderColumns.GrossMargin, "transactioncurrencyid",
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[Step(DeleteStepId, MessageNames.Delete, SalesOrderColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's order KPIs after an order is deleted.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[Step(AssignStepId, MessageNames.Assign, SalesOrderColumns.EntityName, PipelineStage.PostOperation,
    Description = "Moves an order's KPIs from the old owner to the new one.")]
[StepImage(AssignStepId, ImageType.PreImage, PreImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[StepImage(AssignStepId, ImageType.PostImage, PostImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[Step(SetStateStepId, MessageNames.SetState, SalesOrderColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's order KPIs when an order's state changes.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[StepImage(SetStateStepId, ImageType.PostImage, PostImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, SalesOrderColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's order KPIs when an order's state changes.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[StepImage(SetStateDynamicStepId, ImageType.PostImage, PostImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
public sealed class SalesOrderAttainmentPlugin : PluginBase
{
    public const string UpdateStepId = "1a8d2e9f-0b33-4e4f-8cbe-6d2b9a3f8e20";
    public const string DeleteStepId = "4b0e3f1a-1c44-4f5a-9dcf-7e3c0b4a9f21";
    public const string AssignStepId = "8c2f4a3b-2d55-4a6b-8ed0-8f4d1c5b0a22";
    public const string SetStateStepId = "8a0c2d1e-5b88-4dae-9c03-4e8a1f2b7d33";
    public const string SetStateDynamicStepId = "0b3d5e4f-6c99-4ebf-8d14-5f9b2a3c8e34";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context) =>
        AttainmentRun.ForOwners(
            context, SourceChange.Of(context.PreImage(PreImageName), context.PostImage(PostImageName), SalesOrderColumns.DateFulfilled).ToArray());
}
