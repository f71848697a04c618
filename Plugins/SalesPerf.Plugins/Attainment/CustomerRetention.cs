using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess.Facts;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// CustomerRetentionRate and CustomerChurnRate of one owner (docs/domain-rules.md, "Customer KPIs"): the customers
/// with a win from the owner in the previous period of the same length are the denominator; retention counts those
/// who won again in the period, churn those who did not. No customer in the previous period: no value. Pure.
/// </summary>
public static class CustomerRetention
{
    public static Actual Compute(Measure measure, IEnumerable<CustomerBucket> customers, Guid ownerId, DateRange period)
    {
        var previous = period.Previous();
        var mine = (customers ?? throw new ArgumentNullException(nameof(customers))).Where(c => c.OwnerId == ownerId).ToArray();
        var before = new HashSet<Guid>(mine.Where(c => previous.Contains(c.Closed)).Select(c => c.CustomerId));
        var retained = mine.Where(c => period.Contains(c.Closed) && before.Contains(c.CustomerId)).Select(c => c.CustomerId).Distinct().Count();
        return measure switch
        {
            Measure.CustomerRetentionRate => Actual.FromRatio(retained, before.Count),
            Measure.CustomerChurnRate => Actual.FromRatio(before.Count - retained, before.Count),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a retention measure."),
        };
    }
}
