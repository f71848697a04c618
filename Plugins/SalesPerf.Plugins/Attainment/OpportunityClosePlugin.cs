using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// Win and Lose of an opportunity, in the transaction of the close: stamps <c>spm_salescycledays</c> (and at a win
/// <c>spm_isnewcustomer</c>), then recomputes the owner's targets in every period containing the close date or the
/// estimated close date, and (at a win) the split users'. Win and Lose carry no images, so the row is read once.
/// </summary>
[Step(WinStepId, MessageNames.Win, OpportunityColumns.EntityName, PipelineStage.PostOperation,
    Description = "Stamps the sales cycle and new-customer flag and recomputes the owner's and split users' KPIs after a win.")]
[Step(LoseStepId, MessageNames.Lose, OpportunityColumns.EntityName, PipelineStage.PostOperation,
    Description = "Stamps the sales cycle and recomputes the owner's KPIs (win rate, pipeline) after a loss.")]
public sealed class OpportunityClosePlugin : PluginBase
{
    public const string WinStepId = "9e2d7b4a-5f66-4d1c-8a37-1b0e9c2d4f07";
    public const string LoseStepId = "3c8a6f1e-2d77-4e0b-9f48-7a3b1d5e9c08";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var close = context.Context.InputParameters.TryGetValue(OpportunityCloseColumns.InputParameter, out var value) ? value as Entity : null;
        var opportunityId = close?.GetAttributeValue<EntityReference>(OpportunityCloseColumns.OpportunityId)?.Id ?? context.Context.PrimaryEntityId;
        if (opportunityId == Guid.Empty)
        {
            context.Trace("The close names no opportunity; nothing to do.");
            return;
        }

        var won = context.Context.MessageName == MessageNames.Win;
        var reader = new OpportunityReader(context.SystemService);
        var row = reader.RetrieveForClose(opportunityId);
        var owners = new List<OwnerDates>();
        using (context.BeginEngineWrites())
        {
            Stamp(context, reader, row, won);
        }

        owners.AddRange(SourceChange.Of(null, row, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate));
        if (won)
        {
            var closeDates = SourceChange.Dates(row, [OpportunityColumns.ActualCloseDate]).ToArray();
            owners.AddRange(reader.SplitUsers(opportunityId).Select(u => new OwnerDates(u, closeDates)));
        }

        AttainmentRun.ForOwners(context, owners);
    }

    private static void Stamp(LocalPluginContext context, OpportunityReader reader, Entity row, bool won)
    {
        var cycle = OpportunityStamps.SalesCycleDays(
            row.GetAttributeValue<DateTime?>(OpportunityColumns.CreatedOn), row.GetAttributeValue<DateTime?>(OpportunityColumns.ActualCloseDate));
        bool? isNew = null;
        var customer = row.GetAttributeValue<EntityReference>(OpportunityColumns.CustomerId);
        if (won && customer is not null)
        {
            isNew = OpportunityStamps.IsNewCustomer(reader.OtherWinsOfCustomer(customer.Id, row.Id));
        }

        if (new OpportunityWriter(context.SystemService).WriteStamps(row, cycle, isNew))
        {
            context.Trace("Stamped sales cycle {0} day(s), new customer {1}.", cycle, isNew);
        }
    }
}
