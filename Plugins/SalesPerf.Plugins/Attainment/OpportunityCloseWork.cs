using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// What a win or a loss does to attainment (the first two parts of <c>Closes/OpportunityClosePlugin</c>): stamps
/// <c>spm_salescycledays</c> (and at a win <c>spm_isnewcustomer</c>), then recomputes the owner's targets in every
/// period containing the close date or the estimated close date, and (at a win) the split users'.
/// </summary>
internal static class OpportunityCloseWork
{
    /// <param name="row">The closed opportunity with <see cref="OpportunityReader.CloseColumns"/>.</param>
    /// <param name="splitUsers">Its split users, read once by the close (empty at a loss: a lost deal credits no one).</param>
    public static void Apply(LocalPluginContext context, Entity row, bool won, IReadOnlyList<Guid> splitUsers)
    {
        var reader = new OpportunityReader(context.SystemService);
        using (context.BeginEngineWrites())
        {
            Stamp(context, reader, row, won);
        }

        var owners = new List<OwnerDates>(SourceChange.Of(null, row, OpportunityColumns.ActualCloseDate, OpportunityColumns.EstimatedCloseDate));
        if (won)
        {
            var closeDates = SourceChange.Dates(row, [OpportunityColumns.ActualCloseDate]).ToArray();
            owners.AddRange(splitUsers.Select(u => new OwnerDates(u, closeDates)));
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
