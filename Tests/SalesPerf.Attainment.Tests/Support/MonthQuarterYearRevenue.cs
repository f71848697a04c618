using System;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>
/// OpportunityWinTests' worked case: Alice's Revenue targets of February (100,000), FY2026-Q1 (100,000) and FY2026
/// (1,200,000), and her open deal of 25,000 estimated to close on 20 February 2026.
/// </summary>
public sealed record MonthQuarterYearRevenue(Guid Month, Guid Quarter, Guid Year, Guid Deal)
{
    public static MonthQuarterYearRevenue Seed(SalesOrg org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var alice = org.User("Alice");
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var month = org.Target(alice, revenue, periods.February, 100_000m);
        var quarter = org.Target(alice, revenue, periods.Q1, 100_000m);
        var year = org.Target(alice, revenue, periods.Year, 1_200_000m);
        return new(month, quarter, year, org.Opportunity(alice, 25_000m, "2026-02-20"));
    }

    /// <summary>
    /// The worked case's figures once the deal is won for 20,000 with close date 10 February and the clock at 14 February
    /// 2026. Attainment and score (no threshold, under the cap): 20,000 ÷ 100,000 = 20 % of the month and the quarter;
    /// 20,000 ÷ 1,200,000 = 1.666… → 1.67 % of the year. Pace: Feb 100,000 × 13 ÷ 27 = 48,148.15;
    /// Q1 100,000 × 44 ÷ 89 = 49,438.20; FY 1,200,000 × 44 ÷ 364 = 145,054.95.
    /// </summary>
    public void AssertWonFor20000(SalesOrg org)
    {
        Assert.Equal(new TargetFigures(20_000m, 20m, 20m, 48_148.15m), TargetFigures.Of(org, Month));
        Assert.Equal(new TargetFigures(20_000m, 20m, 20m, 49_438.20m), TargetFigures.Of(org, Quarter));
        Assert.Equal(new TargetFigures(20_000m, 1.67m, 1.67m, 145_054.95m), TargetFigures.Of(org, Year));
    }
}
