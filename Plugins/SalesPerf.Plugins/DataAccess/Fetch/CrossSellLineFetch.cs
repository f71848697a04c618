using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// CrossSell's aggregate of the period: the owners' order lines on orders Fulfilled (3) or Invoiced (4)
/// with <c>datefulfilled</c> in the span, grouped by order owner, order customer, product and fulfilment bucket. One
/// row per customer, product and bucket, never one per line (lines without a product form their own group, which the
/// reader drops). The KPI's filter applies to the order.
/// </summary>
public static class CrossSellLineFetch
{
    public const string OrderAlias = "ord";
    public const string Owner = "owner";
    public const string Customer = "customer";
    public const string Product = "product";
    public const string Fulfilled = "fulfilled";
    public const string Lines = "lines";

    public static string Build(AggregateScope scope)
    {
        var order = Link(
            SalesOrderColumns.EntityName,
            SalesOrderColumns.Id,
            SalesOrderDetailColumns.SalesOrderId,
            OrderAlias,
            "inner",
            GroupBy(SalesOrderColumns.OwnerId, Owner),
            GroupBy(SalesOrderColumns.CustomerId, Customer),
            DateBuckets.GroupBy(SalesOrderColumns.DateFulfilled, Fulfilled, scope.Grain),
            And(
                In(SalesOrderColumns.OwnerId, scope.OwnerValues),
                In(SalesOrderColumns.StateCode, [SalesOrderColumns.StateFulfilled, SalesOrderFetch.StateInvoiced]),
                Within(SalesOrderColumns.DateFulfilled, scope.Span)),
            scope.Filter.CopyElement());
        var entity = Entity(
            SalesOrderDetailColumns.EntityName,
            GroupBy(SalesOrderDetailColumns.ProductId, Product),
            Aggregate(SalesOrderDetailColumns.Id, Lines, "count"),
            order);
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
