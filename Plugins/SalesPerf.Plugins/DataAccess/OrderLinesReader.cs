using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.DataAccess.Rows;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>
/// One query for an order's gross margin inputs: the order (stored margin, exchange rate) with an outer link to its
/// lines (quantity, extended amount) and their product's current cost in base currency.
/// </summary>
public sealed class OrderLinesReader(IOrganizationService service)
{
    public const string LineAlias = "l";
    public const string ProductAlias = "pr";

    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>The order (null when it no longer exists) and its lines.</summary>
    public OrderMarginInputs Read(Guid orderId)
    {
        var rows = service.RetrieveMultiple(new FetchExpression(Fetch(orderId))).Entities;
        if (rows.Count == 0)
        {
            return new OrderMarginInputs(null, Array.Empty<OrderLine>());
        }

        var lines = rows
            .Where(r => Aliased.Id(r, LineAlias + "." + SalesOrderDetailColumns.Id) is not null)
            .Select(r => new OrderLine(
                Aliased.NumberOrZero(r, LineAlias + "." + SalesOrderDetailColumns.Quantity),
                Aliased.NumberOrZero(r, LineAlias + "." + SalesOrderDetailColumns.ExtendedAmount),
                Aliased.Number(r, ProductAlias + "." + ProductColumns.CurrentCostBase)))
            .ToArray();
        return new OrderMarginInputs(rows[0], lines);
    }

    public static string Fetch(Guid orderId) =>
        new XElement("fetch", new XAttribute("mapping", "logical"), Entity(
            SalesOrderColumns.EntityName,
            new XElement("attribute", new XAttribute("name", SalesOrderColumns.Id)),
            new XElement("attribute", new XAttribute("name", SalesOrderColumns.GrossMargin)),
            new XElement("attribute", new XAttribute("name", SalesOrderColumns.ExchangeRate)),
            And(Condition(SalesOrderColumns.Id, "eq", orderId)),
            Link(
                SalesOrderDetailColumns.EntityName, SalesOrderDetailColumns.SalesOrderId, SalesOrderColumns.Id, LineAlias, "outer",
                new XElement("attribute", new XAttribute("name", SalesOrderDetailColumns.Id)),
                new XElement("attribute", new XAttribute("name", SalesOrderDetailColumns.Quantity)),
                new XElement("attribute", new XAttribute("name", SalesOrderDetailColumns.ExtendedAmount)),
                Link(
                    ProductColumns.EntityName, ProductColumns.Id, SalesOrderDetailColumns.ProductId, ProductAlias, "outer",
                    new XElement("attribute", new XAttribute("name", ProductColumns.CurrentCostBase)))))).ToString(SaveOptions.DisableFormatting);
}
