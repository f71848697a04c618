using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess.Facts;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>
/// Reads CrossSell's look-back for each distinct first day of the CrossSell periods being computed: two aggregates
/// (<see cref="PriorPurchaseFetch"/>), none when the periods have no line. Calls: 2 × the number of distinct period
/// starts (configuration), whatever the size of the book; a look-back over more than the platform's 50,000 rows is
/// split by <see cref="ChunkedAggregate"/> like every measure aggregate.
/// </summary>
public sealed class PriorPurchasesReader(IOrganizationService service)
{
    /// <summary>The earliest date a look-back covers; orders fulfilled before it are not read.</summary>
    public static readonly CalendarDate Beginning = CalendarDate.Create(1900, 1, 1);

    private readonly ChunkedAggregate aggregate = new(service);

    public MeasureFacts Complete(MeasureFacts facts, IEnumerable<DateRange> periods, IReadOnlyCollection<Guid> ownerIds)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        var prior = new List<PriorPurchases>();
        foreach (var start in periods.Select(p => p.Start).Distinct().OrderBy(d => d))
        {
            var lines = facts.CrossSellLines.Where(l => l.Fulfilled >= start).ToArray();
            if (lines.Length == 0 || start <= Beginning)
            {
                prior.Add(new PriorPurchases(start, Array.Empty<Guid>(), Array.Empty<CustomerProduct>()));
                continue;
            }

            var customers = lines.Select(l => l.CustomerId).Distinct().OrderBy(id => id).ToArray();
            var products = lines.Select(l => l.ProductId).Distinct().OrderBy(id => id).ToArray();
            var scope = new AggregateScope(ownerIds, DateRange.Of(Beginning, start.AddDays(-1)), BucketGrain.Month, KpiFilter.None);
            var buyers = aggregate.Run(scope, PriorPurchaseFetch.Customers(customers), row => Aliased.Id(row, PriorPurchaseFetch.Customer))
                .Where(id => id.HasValue).Select(id => id!.Value).Distinct().ToArray();
            var pairs = aggregate.Run(scope, PriorPurchaseFetch.Pairs(customers, products), ToPair)
                .Where(p => p.HasValue).Select(p => p!.Value).Distinct().ToArray();
            prior.Add(new PriorPurchases(start, buyers, pairs));
        }

        return facts with { PriorPurchases = prior };
    }

    private static CustomerProduct? ToPair(Entity row)
    {
        var customer = Aliased.Id(row, PriorPurchaseFetch.Customer);
        var product = Aliased.Id(row, PriorPurchaseFetch.Product);
        return customer is null || product is null ? null : new CustomerProduct(customer.Value, product.Value);
    }
}
