using System;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>Alice and Bob, each with a FY2026-Q1 Revenue target: Alice's 100,000, Bob's as given.</summary>
public sealed record TwoRepsQuarterRevenue(Periods Periods, Guid Alice, Guid Bob, Guid AliceTarget, Guid BobTarget)
{
    public static TwoRepsQuarterRevenue Seed(SalesOrg org, decimal bobTarget = 100_000m)
    {
        ArgumentNullException.ThrowIfNull(org);
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        return new(periods, alice, bob, org.Target(alice, revenue, periods.Q1, 100_000m), org.Target(bob, revenue, periods.Q1, bobTarget));
    }
}
