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

/// <summary>Who a won opportunity is credited to now (owner and split users, on its close date), and the statements that follow.</summary>
internal static class OpportunityCredits
{
    /// <summary>Reads the row and (when won) its split users: two queries. A close reads them itself, once, and calls the other overload.</summary>
    public static void Changed(LocalPluginContext context, Guid opportunityId, bool removedNow)
    {
        var row = context.SystemService.Retrieve(
            OpportunityColumns.EntityName, opportunityId, new ColumnSet(OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate));
        var splitUsers = IsWon(row) && !removedNow ? new OpportunityReader(context.SystemService).SplitUsers(opportunityId) : Array.Empty<Guid>();
        Changed(context, row, splitUsers, removedNow);
    }

    /// <param name="row">The opportunity with its owner, state and actual close date.</param>
    /// <param name="splitUsers">Its split users (read only when it is won).</param>
    public static void Changed(LocalPluginContext context, Entity row, IReadOnlyList<Guid> splitUsers, bool removedNow)
    {
        var opportunityId = row.Id;
        var credited = new List<CreditedUser>();
        var won = IsWon(row);
        var closed = row.GetAttributeValue<DateTime?>(OpportunityColumns.ActualCloseDate);
        var owner = row.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId);
        if (won && !removedNow && closed.HasValue && owner is not null)
        {
            var date = CalendarDate.FromDateTime(DateTime.SpecifyKind(closed.Value, DateTimeKind.Utc));
            credited.Add(new CreditedUser(owner.Id, date));
            credited.AddRange(splitUsers.Where(u => u != owner.Id).Select(u => new CreditedUser(u, date)));
        }

        CommissionEvents.TransactionChanged(context, opportunityId.ToString("D"), CommissionBases.Opportunity, credited, removedNow);
    }

    private static bool IsWon(Entity row) =>
        row.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value == OpportunityColumns.StateWon;
}
