using System;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Closes;

/// <summary>
/// FulfillSalesOrder and CancelSalesOrder, in the transaction of the close: attainment (OrderAmount, GrossMargin,
/// GrossMarginPercent of the owner for the fulfilment date), then commission, in that order. The close carries no
/// images, so the order is read once for both parts. Registered by Complete setup (<see cref="SetupSteps"/>). An
/// Update or SetState the platform may raise inside the close stands aside
/// (<see cref="StepNesting.StandsAsideInsideRowMessages"/>), so the close is handled once whether or not it does.
/// </summary>
[Step(FulfillStepId, MessageNames.FulfillSalesOrder, SalesOrderColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's order KPIs and credits the order on their commission statement after it is fulfilled.")]
[Step(CancelStepId, MessageNames.CancelSalesOrder, SalesOrderColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's order KPIs and removes the order from open statements (or claws it back) after it is cancelled.")]
public sealed class SalesOrderClosePlugin : PluginBase
{
    public const string FulfillStepId = "22314dfc-c3fa-41e1-881b-da06755b536f";
    public const string CancelStepId = "64ced6f7-e91a-4e96-a7cf-32715831e7bd";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var orderId = CommissionSteps.RowId(context, SalesOrderColumns.OrderCloseParameter, SalesOrderColumns.Id);
        if (orderId == Guid.Empty)
        {
            context.Trace("The order close names no order; nothing to do.");
            return;
        }

        var row = new SourceRowReader(context.SystemService).Retrieve(SalesOrderColumns.EntityName, orderId, SalesOrderCredits.Columns);
        AttainmentRun.ForOwners(context, SourceChange.Of(null, row, SalesOrderColumns.DateFulfilled));
        SalesOrderCredits.Changed(context, row, removedNow: false);
    }
}
