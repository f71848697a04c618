using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A sales order fulfilled, cancelled, reassigned, re-dated or re-totalled: recomputes OrderAmount, GrossMargin and
/// GrossMarginPercent of the old and new owner for the fulfilment dates. FulfillSalesOrder and CancelSalesOrder carry
/// no images, so the order is read once; the Update the platform may raise inside them stands aside, unless the
/// registration leaves their steps out: then it stands in with its post-image (<see cref="CloseStandIn"/>).
/// </summary>
[Step(UpdateStepId, MessageNames.Update, SalesOrderColumns.EntityName, PipelineStage.PostOperation,
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
[Step(FulfillStepId, MessageNames.FulfillSalesOrder, SalesOrderColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's order KPIs after an order is fulfilled.")]
[Step(CancelStepId, MessageNames.CancelSalesOrder, SalesOrderColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's order KPIs after an order is cancelled.")]
[Step(SetStateStepId, MessageNames.SetState, SalesOrderColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's order KPIs when an order's state changes.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[StepImage(SetStateStepId, ImageType.PostImage, PostImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, SalesOrderColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's order KPIs when an order's state changes.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
[StepImage(SetStateDynamicStepId, ImageType.PostImage, PostImageName, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode)]
public sealed class SalesOrderAttainmentPlugin : PluginBase
{
    public const string UpdateStepId = "1a8d2e9f-0b33-4e4f-8cbe-6d2b9a3f8e20";
    public const string DeleteStepId = "4b0e3f1a-1c44-4f5a-9dcf-7e3c0b4a9f21";
    public const string AssignStepId = "8c2f4a3b-2d55-4a6b-8ed0-8f4d1c5b0a22";
    public const string FulfillStepId = "2d4a6b5c-3e66-4b7c-9fe1-9a5e2d6c1b23";
    public const string CancelStepId = "5e6b8c7d-4f77-4c8d-8af2-0b6f3e7d2c24";
    public const string SetStateStepId = "8a0c2d1e-5b88-4dae-9c03-4e8a1f2b7d33";
    public const string SetStateDynamicStepId = "0b3d5e4f-6c99-4ebf-8d14-5f9b2a3c8e34";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    public SalesOrderAttainmentPlugin()
    {
    }

    /// <summary>Dataverse passes the step's configuration here (<see cref="StepConfiguration"/>).</summary>
    public SalesOrderAttainmentPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var message = context.Context.MessageName;
        var (role, _) = CloseStandIn.Decide(
            context, SalesOrderColumns.EntityName, MessageNames.Assign, MessageNames.SetState, MessageNames.SetStateDynamicEntity);
        if (role == NestedRole.StandAside
            || (role == NestedRole.Own && !AttainmentRun.FirstTimeInExecution(context, SalesOrderColumns.EntityName, context.Context.PrimaryEntityId)))
        {
            return;
        }

        // Standing in for a fulfil or cancel step, the order is taken as that step reads it: as closed, with no before.
        Entity? before = role == NestedRole.StandIn ? null : context.PreImage(PreImageName);
        Entity? after = context.PostImage(PostImageName);
        if (message is MessageNames.FulfillSalesOrder or MessageNames.CancelSalesOrder)
        {
            var close = context.Context.InputParameters.TryGetValue(SalesOrderColumns.OrderCloseParameter, out var value) ? value as Entity : null;
            var orderId = close?.GetAttributeValue<EntityReference>(SalesOrderColumns.Id)?.Id ?? context.Context.PrimaryEntityId;
            if (orderId == Guid.Empty)
            {
                context.Trace("The order close names no order; nothing to do.");
                return;
            }

            after = new SourceRowReader(context.SystemService).Retrieve(
                SalesOrderColumns.EntityName, orderId, SalesOrderColumns.OwnerId, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode);
        }

        AttainmentRun.ForOwners(context, SourceChange.Of(before, after, SalesOrderColumns.DateFulfilled).ToArray());
    }
}
