using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// transactioncurrencyid, exchangerate and every money column's *_base companion (section 7, "Money conversion"):
/// base = value ÷ exchangerate, rounded to the currency precision, kept as decimal.
/// </summary>
internal sealed class CurrencyColumns
{
    public const int DefaultPrecision = 2;
    private readonly OrganizationState _org;

    public CurrencyColumns(OrganizationState org) => _org = org;

    public static bool HasCurrency(TableDefinition table) => table.FindColumn("transactioncurrencyid")?.Type == ColumnType.Lookup;

    /// <summary>Precision of the row's currency (of the base currency when the row has none yet).</summary>
    public int PrecisionOf(Entity row)
    {
        var currencyId = row.GetAttributeValue<EntityReference>("transactioncurrencyid")?.Id ?? _org.Ids.BaseCurrencyId;
        var currency = _org.Store.Find("transactioncurrency", currencyId);
        return currency?.GetAttributeValue<int?>("currencyprecision") ?? DefaultPrecision;
    }

    /// <summary>Defaults the currency to the base currency, then refreshes the rate and every base companion.</summary>
    public void Apply(TableDefinition table, Entity row)
    {
        if (!HasCurrency(table))
        {
            return;
        }

        if (!row.Contains("transactioncurrencyid"))
        {
            row["transactioncurrencyid"] = new EntityReference("transactioncurrency", _org.Ids.BaseCurrencyId);
        }

        var currencyId = row.GetAttributeValue<EntityReference>("transactioncurrencyid").Id;
        var currency = _org.Store.Find("transactioncurrency", currencyId);
        var rate = currency?.GetAttributeValue<decimal?>("exchangerate") ?? 1m;
        var precision = currency?.GetAttributeValue<int?>("currencyprecision") ?? DefaultPrecision;
        if (table.HasColumn("exchangerate"))
        {
            row["exchangerate"] = rate;
        }

        foreach (var companion in table.Columns.Where(c => c.IsBaseCurrencyCompanion && c.BaseCurrencyOf is not null))
        {
            if (row.GetAttributeValue<Money>(companion.BaseCurrencyOf!) is Money money)
            {
                row[companion.LogicalName] = new Money(Math.Round(money.Value / rate, precision, MidpointRounding.AwayFromZero));
            }
            else
            {
                row.Attributes.Remove(companion.LogicalName);
            }
        }
    }
}
