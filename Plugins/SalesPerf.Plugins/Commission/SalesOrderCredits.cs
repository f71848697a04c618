using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>Who a fulfilled order is credited to now (its owner, on its fulfilment date), and the statements that follow.</summary>
internal static class SalesOrderCredits
{
    /// <summary>The columns <see cref="Changed(LocalPluginContext, Entity, bool)"/> reads from an order.</summary>
    public static readonly string[] Columns = [SalesOrderColumns.OwnerId, SalesOrderColumns.StateCode, SalesOrderColumns.DateFulfilled];

    /// <summary>Reads the row (one query). A close reads it itself, once, and calls the other overload.</summary>
    public static void Changed(LocalPluginContext context, Guid orderId, bool removedNow) =>
        Changed(context, context.SystemService.Retrieve(SalesOrderColumns.EntityName, orderId, new ColumnSet(Columns)), removedNow);

    /// <param name="row">The order with <see cref="Columns"/>.</param>
    public static void Changed(LocalPluginContext context, Entity row, bool removedNow)
    {
        var credited = new List<CreditedUser>();
        var fulfilled = row.GetAttributeValue<DateTime?>(SalesOrderColumns.DateFulfilled);
        var owner = row.GetAttributeValue<EntityReference>(SalesOrderColumns.OwnerId);
        if (!removedNow && row.GetAttributeValue<OptionSetValue>(SalesOrderColumns.StateCode)?.Value == SalesOrderColumns.StateFulfilled && fulfilled.HasValue && owner is not null)
        {
            credited.Add(new CreditedUser(owner.Id, CalendarDate.FromDateTime(DateTime.SpecifyKind(fulfilled.Value, DateTimeKind.Utc))));
        }

        CommissionEvents.TransactionChanged(context, row.Id.ToString("D"), CommissionBases.SalesOrder, credited, removedNow);
    }
}
