using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.DataAccess.Rows;
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
        var splits = IsWon(row) && !removedNow ? new OpportunityReader(context.SystemService).Splits(opportunityId) : Array.Empty<UserSplit>();
        Changed(context, row, splits, removedNow);
    }

    /// <param name="row">The opportunity with its owner, state and actual close date.</param>
    /// <param name="splits">Its active deal splits (read only when it is won).</param>
    public static void Changed(LocalPluginContext context, Entity row, IReadOnlyList<UserSplit> splits, bool removedNow)
    {
        var opportunityId = row.Id;
        var credited = new List<CreditedUser>();
        var won = IsWon(row);
        var closed = row.GetAttributeValue<DateTime?>(OpportunityColumns.ActualCloseDate);
        var owner = row.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId);
        if (won && !removedNow && closed.HasValue && owner is not null)
        {
            var date = CalendarDate.FromDateTime(DateTime.SpecifyKind(closed.Value, DateTimeKind.Utc));
            var others = splits.Where(s => s.UserId != owner.Id).ToArray();
            credited.Add(new CreditedUser(owner.Id, date, Math.Max(0m, 100m - others.Sum(s => s.Percent))));
            credited.AddRange(others.GroupBy(s => s.UserId).Select(g => new CreditedUser(g.Key, date, g.Sum(s => s.Percent))));
        }

        CommissionEvents.TransactionChanged(context, opportunityId.ToString("D"), CommissionBases.Opportunity, credited, removedNow);
    }

    private static bool IsWon(Entity row) =>
        row.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value == OpportunityColumns.StateWon;
}
