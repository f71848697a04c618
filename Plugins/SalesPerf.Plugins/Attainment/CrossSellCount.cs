using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess.Facts;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// CrossSell of one owner and period (docs/domain-rules.md, "Customer KPIs"): the number of existing customers (a
/// fulfilled order from anyone before the period) to whom the owner's fulfilled orders of the period sold a product the
/// customer had not bought before the period. No order line of the owner in the period gives no actual; lines without a
/// cross-sell give 0. Pure.
/// </summary>
public static class CrossSellCount
{
    public static Actual Compute(MeasureFacts facts, Guid ownerId, DateRange period)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        var lines = facts.CrossSellLines.Where(l => l.OwnerId == ownerId && period.Contains(l.Fulfilled)).ToArray();
        if (lines.Length == 0)
        {
            return Actual.None;
        }

        var prior = facts.PriorPurchases.FirstOrDefault(p => p.Before == period.Start)
            ?? throw new InvalidOperationException($"The purchases before {period.Start} were not read.");
        var existing = new HashSet<Guid>(prior.Customers);
        var bought = new HashSet<CustomerProduct>(prior.Pairs);
        var count = lines
            .Where(l => existing.Contains(l.CustomerId) && !bought.Contains(new CustomerProduct(l.CustomerId, l.ProductId)))
            .Select(l => l.CustomerId)
            .Distinct()
            .Count();
        return Actual.FromValue(count);
    }
}
