using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>Who a won opportunity is credited to now (owner and split users, on its close date): two queries.</summary>
internal static class OpportunityCredits
{
    public static void Changed(LocalPluginContext context, Guid opportunityId, bool removedNow)
    {
        var row = context.SystemService.Retrieve(
            OpportunityColumns.EntityName, opportunityId, new ColumnSet(OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate));
        var credited = new List<CreditedUser>();
        var won = row.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value == OpportunityColumns.StateWon;
        var closed = row.GetAttributeValue<DateTime?>(OpportunityColumns.ActualCloseDate);
        var owner = row.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId);
        if (won && !removedNow && closed.HasValue && owner is not null)
        {
            var date = CalendarDate.FromDateTime(DateTime.SpecifyKind(closed.Value, DateTimeKind.Utc));
            credited.Add(new CreditedUser(owner.Id, date));
            credited.AddRange(new OpportunityReader(context.SystemService).SplitUsers(opportunityId)
                .Where(u => u != owner.Id).Select(u => new CreditedUser(u, date)));
        }

        CommissionEvents.TransactionChanged(context, opportunityId.ToString("D"), CommissionBases.Opportunity, credited, removedNow);
    }
}
