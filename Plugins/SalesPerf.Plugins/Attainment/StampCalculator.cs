using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Money;
using SalesPerf.Plugins.DataAccess.Rows;

namespace SalesPerf.Plugins.Attainment;

/// <summary>The money columns the engine stamps on orders and invoices (domain doc section 2), in the row's own currency.</summary>
public static class StampCalculator
{
    /// <summary>
    /// <c>salesorder.spm_grossmargin</c> = Σ line extended amount − quantity × product current cost; the cost (base
    /// currency) is converted to the order's currency with its exchange rate (units per base unit). Lines without a
    /// product cost count at cost 0.
    /// </summary>
    public static decimal GrossMargin(IEnumerable<OrderLine> lines, decimal? exchangeRate) =>
        CurrencyRounding.Round(lines.Sum(l => l.ExtendedAmount - (l.Quantity * (l.CurrentCostBase ?? 0m) * (exchangeRate ?? 1m))));

    /// <summary><c>invoice.spm_amountpaid</c> = Σ payments, converted from base currency to the invoice's currency.</summary>
    public static decimal AmountPaid(decimal paymentsBase, decimal? exchangeRate) => CurrencyRounding.Round(paymentsBase * (exchangeRate ?? 1m));
}
