using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Brings the fulfilled-order and gross-margin statements of an order's owner up to date when it is changed (amount,
/// stamped margin, date, state, owner), reassigned or deleted. Fulfil and cancel are <c>Closes/SalesOrderClosePlugin</c>'s,
/// which credits after recomputing attainment; an Update the platform may raise inside FulfillSalesOrder,
/// CancelSalesOrder, Assign or SetState of the same row stands aside (<see cref="StepNesting.StandsAsideInsideRowMessages"/>).
/// </summary>
[Step(UpdateStepId, MessageNames.Update, SalesOrderColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes commission when an order's amount, margin, date, state or owner changes.",
    FilteringAttributes = new[] { SalesOrderColumns.TotalAmount, SalesOrderColumns.GrossMargin, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode, SalesOrderColumns.OwnerId })]
[Step(AssignStepId, MessageNames.Assign, SalesOrderColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Moves a fulfilled order's credit to the new owner.")]
[Step(DeleteStepId, MessageNames.Delete, SalesOrderColumns.EntityName, PipelineStage.PreOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes commission without an order that is being deleted.")]
public sealed class SalesOrderCommissionPlugin : PluginBase
{
    public const string UpdateStepId = "b4e2d3c5-6f71-4c8b-8d92-1e3f4a5b6c03";
    public const string AssignStepId = "b4e2d3c5-6f71-4c8b-8d92-1e3f4a5b6c04";
    public const string DeleteStepId = "b4e2d3c5-6f71-4c8b-8d92-1e3f4a5b6c05";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var id = CommissionSteps.RowId(context, SalesOrderColumns.OrderCloseParameter, SalesOrderColumns.Id);
        SalesOrderCredits.Changed(context, id, context.Context.MessageName == MessageNames.Delete);
    }
}
