using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// Line amounts and header totals of sales orders and invoices. The formula is the platform's documented intent
/// (section 7: "computed from unit price, quantity, discounts and tax"); its exact form is NOT VERIFIED:
/// line: baseamount = priceperunit × quantity; extendedamount = baseamount − manualdiscountamount − volumediscountamount + tax.
/// header: totallineitemamount = Σ (extendedamount − tax); totaltax = Σ tax;
/// totalamountlessfreight = totallineitemamount − discountamount − totallineitemamount × discountpercentage ÷ 100;
/// totalamount = totalamountlessfreight + freightamount + totaltax;
/// totaldiscountamount = Σ line discounts + header discount; totallineitemdiscountamount = Σ line discounts.
/// Columns the metadata lacks are skipped.
/// </summary>
internal sealed class SalesTotals
{
    private static readonly Dictionary<string, (string Header, string Lookup)> LineTables = new(StringComparer.OrdinalIgnoreCase)
    {
        ["salesorderdetail"] = ("salesorder", "salesorderid"),
        ["invoicedetail"] = ("invoice", "invoiceid"),
    };

    private readonly OrganizationState _org;

    public SalesTotals(OrganizationState org) => _org = org;

    public static bool IsLineTable(string table) => LineTables.ContainsKey(table);

    public static bool IsHeaderTable(string table) => LineTables.Values.Any(v => string.Equals(v.Header, table, StringComparison.OrdinalIgnoreCase));

    /// <summary>The header a line belongs to, or null.</summary>
    public static EntityReference? HeaderOf(Entity line) =>
        LineTables.TryGetValue(line.LogicalName, out var map) ? line.GetAttributeValue<EntityReference>(map.Lookup) : null;

    public static (string Header, string Lookup) LineMapOf(string lineTable) => LineTables[lineTable];

    /// <summary>Fills the line's computed amounts in place (before the line is stored).</summary>
    public void ComputeLine(TableDefinition table, Entity line, int precision)
    {
        if (line.GetAttributeValue<bool?>("isproductoverridden") != true && line.GetAttributeValue<EntityReference>("productid") is EntityReference product
            && !line.Contains("priceperunit"))
        {
            var productRow = _org.Store.Find("product", product.Id);
            if (productRow?.GetAttributeValue<Money>("price") is Money price)
            {
                Set(table, line, "priceperunit", price.Value, precision);
            }
            else
            {
                throw OrganizationFaults.InvalidArgument(
                    $"The {line.LogicalName} for product {product.Id} has no priceperunit and the product has no price (price lists are not supported by the local organisation).");
            }
        }

        var unit = Amount(line, "priceperunit");
        var quantity = line.GetAttributeValue<decimal?>("quantity") ?? 0m;
        var baseAmount = Round(unit * quantity, precision);
        var extended = baseAmount - Amount(line, "manualdiscountamount") - Amount(line, "volumediscountamount") + Amount(line, "tax");
        Set(table, line, "baseamount", baseAmount, precision);
        Set(table, line, "extendedamount", extended, precision);
    }

    /// <summary>Recomputes the header's totals from its current lines (in place, before the header is stored).</summary>
    public void ComputeHeader(TableDefinition table, Entity header, int precision)
    {
        var lineTable = LineTables.First(l => string.Equals(l.Value.Header, header.LogicalName, StringComparison.OrdinalIgnoreCase));
        var lines = _org.Store.Referencing(lineTable.Key, lineTable.Value.Lookup, header.Id)
            .Where(l => l.GetAttributeValue<EntityReference>(lineTable.Value.Lookup)?.Id == header.Id)
            .ToList();

        var lineItems = lines.Sum(l => Amount(l, "extendedamount") - Amount(l, "tax"));
        var tax = lines.Sum(l => Amount(l, "tax"));
        var lineDiscounts = lines.Sum(l => Amount(l, "manualdiscountamount") + Amount(l, "volumediscountamount"));
        var headerDiscount = Amount(header, "discountamount")
            + Round(lineItems * (header.GetAttributeValue<decimal?>("discountpercentage") ?? 0m) / 100m, precision);
        var lessFreight = lineItems - headerDiscount;

        Set(table, header, "totallineitemamount", lineItems, precision);
        Set(table, header, "totaltax", tax, precision);
        Set(table, header, "totallineitemdiscountamount", lineDiscounts, precision);
        Set(table, header, "totaldiscountamount", lineDiscounts + headerDiscount, precision);
        Set(table, header, "totalamountlessfreight", lessFreight, precision);
        Set(table, header, "totalamount", lessFreight + Amount(header, "freightamount") + tax, precision);
    }

    private static decimal Amount(Entity row, string column) => row.GetAttributeValue<Money>(column)?.Value ?? 0m;

    private static decimal Round(decimal value, int precision) => Math.Round(value, precision, MidpointRounding.AwayFromZero);

    private static void Set(TableDefinition table, Entity row, string column, decimal value, int precision)
    {
        if (table.HasColumn(column))
        {
            row[column] = new Money(Round(value, precision));
        }
    }
}
