using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Brings the fulfilled-order and gross-margin statements of an order's owner up to date when it is fulfilled,
/// cancelled, changed (amount, stamped margin, date, state, owner), reassigned or deleted. The Update the platform
/// raises inside FulfillSalesOrder, CancelSalesOrder or Assign stands aside, except inside a close whose step the
/// registration leaves out (<see cref="CloseStandIn"/>).
/// </summary>
[Step(FulfillStepId, MessageNames.FulfillSalesOrder, SalesOrderColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Credits a fulfilled order on the owner's commission statement.")]
[Step(CancelStepId, MessageNames.CancelSalesOrder, SalesOrderColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Removes a cancelled order from open statements, or claws it back from closed ones.")]
[Step(UpdateStepId, MessageNames.Update, SalesOrderColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes commission when an order's amount, margin, date, state or owner changes.",
    FilteringAttributes = new[] { SalesOrderColumns.TotalAmount, SalesOrderColumns.GrossMargin, SalesOrderColumns.DateFulfilled, SalesOrderColumns.StateCode, SalesOrderColumns.OwnerId })]
[Step(AssignStepId, MessageNames.Assign, SalesOrderColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Moves a fulfilled order's credit to the new owner.")]
[Step(DeleteStepId, MessageNames.Delete, SalesOrderColumns.EntityName, PipelineStage.PreOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes commission without an order that is being deleted.")]
public sealed class SalesOrderCommissionPlugin : PluginBase
{
    public const string FulfillStepId = "b4e2d3c5-6f71-4c8b-8d92-1e3f4a5b6c01";
    public const string CancelStepId = "b4e2d3c5-6f71-4c8b-8d92-1e3f4a5b6c02";
    public const string UpdateStepId = "b4e2d3c5-6f71-4c8b-8d92-1e3f4a5b6c03";
    public const string AssignStepId = "b4e2d3c5-6f71-4c8b-8d92-1e3f4a5b6c04";
    public const string DeleteStepId = "b4e2d3c5-6f71-4c8b-8d92-1e3f4a5b6c05";

    public SalesOrderCommissionPlugin()
    {
    }

    /// <summary>Dataverse passes the step's configuration here (<see cref="StepConfiguration"/>).</summary>
    public SalesOrderCommissionPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecuteStep(LocalPluginContext context)
    {
        // Inside a fulfil or cancel without its own step the nested Update stands in: the close's work is the same recompute.
        if (CloseStandIn.Decide(context, SalesOrderColumns.EntityName, MessageNames.Assign, MessageNames.SetState, MessageNames.SetStateDynamicEntity).Role
            == NestedRole.StandAside)
        {
            return;
        }

        var id = CommissionSteps.RowId(context, SalesOrderColumns.OrderCloseParameter, SalesOrderColumns.Id);
        var removed = context.Context.MessageName == MessageNames.Delete;
        var row = context.SystemService.Retrieve(SalesOrderColumns.EntityName, id, new ColumnSet(SalesOrderColumns.OwnerId, SalesOrderColumns.StateCode, SalesOrderColumns.DateFulfilled));
        var credited = new List<CreditedUser>();
        var fulfilled = row.GetAttributeValue<DateTime?>(SalesOrderColumns.DateFulfilled);
        var owner = row.GetAttributeValue<EntityReference>(SalesOrderColumns.OwnerId);
        if (!removed && row.GetAttributeValue<OptionSetValue>(SalesOrderColumns.StateCode)?.Value == SalesOrderColumns.StateFulfilled && fulfilled.HasValue && owner is not null)
        {
            credited.Add(new CreditedUser(owner.Id, CalendarDate.FromDateTime(DateTime.SpecifyKind(fulfilled.Value, DateTimeKind.Utc))));
        }

        CommissionEvents.TransactionChanged(context, id.ToString("D"), CommissionBases.SalesOrder, credited, removed);
    }
}
