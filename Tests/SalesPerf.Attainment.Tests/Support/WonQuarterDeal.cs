using System;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>Alice's FY2026-Q1 Revenue target of 100,000 and her deal of 20,000, won with close date 10 February 2026.</summary>
public sealed record WonQuarterDeal(Guid Target, Guid Deal)
{
    public static WonQuarterDeal Seed(SalesOrg org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var alice = org.User("Alice");
        var periods = org.Fy2026();
        var target = org.Target(alice, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 100_000m);
        var deal = org.Opportunity(alice, 20_000m, "2026-02-10");
        org.Win(deal, 20_000m, "2026-02-10");
        return new(target, deal);
    }
}
