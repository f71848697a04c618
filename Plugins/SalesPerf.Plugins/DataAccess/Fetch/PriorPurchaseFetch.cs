using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// CrossSell's look-back, company-wide (any owner, no KPI filter) and limited to the customers and products of the
/// period's lines, so its result is bounded by the period's activity, never by the history: fulfilled or invoiced
/// orders with <c>datefulfilled</c> in the scope's span (everything before the period), grouped by customer
/// (<see cref="Customers"/>) or by customer and product (<see cref="Pairs"/>). The scope's owners are not used: an
/// owner half of a split returns the same groups again, which the reader keeps once.
/// </summary>
public static class PriorPurchaseFetch
{
    public const string OrderAlias = "ord";
    public const string Customer = "customer";
    public const string Product = "product";
    public const string Count = "orders";

    public static Func<AggregateScope, string> Customers(IReadOnlyCollection<Guid> customers) => scope =>
    {
        var entity = Entity(
            SalesOrderColumns.EntityName,
            GroupBy(SalesOrderColumns.CustomerId, Customer),
            Aggregate(SalesOrderColumns.Id, Count, "count"),
            OrderConditions(scope, customers));
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    };

    public static Func<AggregateScope, string> Pairs(IReadOnlyCollection<Guid> customers, IReadOnlyCollection<Guid> products) => scope =>
    {
        var order = Link(
            SalesOrderColumns.EntityName,
            SalesOrderColumns.Id,
            SalesOrderDetailColumns.SalesOrderId,
            OrderAlias,
            "inner",
            GroupBy(SalesOrderColumns.CustomerId, Customer),
            OrderConditions(scope, customers));
        var entity = Entity(
            SalesOrderDetailColumns.EntityName,
            GroupBy(SalesOrderDetailColumns.ProductId, Product),
            Aggregate(SalesOrderDetailColumns.Id, Count, "count"),
            And(In(SalesOrderDetailColumns.ProductId, products.Cast<object>())),
            order);
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    };

    private static XElement OrderConditions(AggregateScope scope, IReadOnlyCollection<Guid> customers) =>
        And(
            In(SalesOrderColumns.CustomerId, customers.Cast<object>()),
            In(SalesOrderColumns.StateCode, [SalesOrderColumns.StateFulfilled, SalesOrderFetch.StateInvoiced]),
            Within(SalesOrderColumns.DateFulfilled, scope.Span));
}
