using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// One aggregate over the owners' fulfilled orders (state Fulfilled 3, or Invoiced 4 after fulfilment) by
/// <c>datefulfilled</c>: Σ <c>totalamount_base</c> (OrderAmount) and Σ <c>spm_grossmargin_base</c> (GrossMargin) per
/// owner and bucket; their ratio is GrossMarginPercent.
/// </summary>
public static class SalesOrderFetch
{
    public const string Owner = "owner";
    public const string Fulfilled = "fulfilled";
    public const string Orders = "orders";
    public const string Amount = "amount";
    public const string Margin = "margin";

    /// <summary>salesorder state Invoiced: an order invoiced after it was fulfilled keeps counting.</summary>
    public const int StateInvoiced = 4;

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            SalesOrderColumns.EntityName,
            GroupBy(SalesOrderColumns.OwnerId, Owner),
            DateBuckets.GroupBy(SalesOrderColumns.DateFulfilled, Fulfilled, scope.Grain),
            Aggregate(SalesOrderColumns.Id, Orders, "count"),
            Aggregate(SalesOrderColumns.TotalAmountBase, Amount, "sum"),
            Aggregate(SalesOrderColumns.GrossMarginBase, Margin, "sum"),
            And(
                In(SalesOrderColumns.OwnerId, scope.OwnerValues),
                In(SalesOrderColumns.StateCode, [SalesOrderColumns.StateFulfilled, StateInvoiced]),
                Within(SalesOrderColumns.DateFulfilled, scope.Span)),
            scope.Filter.CopyElement());
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
