using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests;

/// <summary>Winning a deal recomputes the owner's month, quarter and year targets in the same transaction.</summary>
public sealed class OpportunityWinTests
{
    [Fact]
    public void Win_RevenueTargetsOfMonthQuarterYear_ActualAttainmentScoreAndPaceFromTheDomainRules()
    {
        // Clock 14 Feb 2026; targets: Feb 100,000, Q1 100,000, FY 1,200,000.
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var month = org.Target(rep, revenue, periods.February, 100_000m);
        var quarter = org.Target(rep, revenue, periods.Q1, 100_000m);
        var year = org.Target(rep, revenue, periods.Year, 1_200_000m);
        var deal = org.Opportunity(rep, 25_000m, "2026-02-20");

        org.Win(deal, 20_000m, "2026-02-10");

        // 20,000 ÷ 100,000 = 20 %; 20,000 ÷ 1,200,000 = 1.666… → 1.67 %.
        Assert.Equal(20_000m, org.Number("spm_target", month, "spm_actualvalue"));
        Assert.Equal(20m, org.Number("spm_target", month, "spm_attainmentpercent"));
        Assert.Equal(20m, org.Number("spm_target", month, "spm_scorepercent"));
        Assert.Equal(20_000m, org.Number("spm_target", quarter, "spm_actualvalue"));
        Assert.Equal(20m, org.Number("spm_target", quarter, "spm_attainmentpercent"));
        Assert.Equal(1.67m, org.Number("spm_target", year, "spm_attainmentpercent"));

        // Pace: Q1 100,000 × 44 ÷ 89 = 49,438.20; Feb 100,000 × 13 ÷ 27 = 48,148.15; FY 1,200,000 × 44 ÷ 364 = 145,054.95.
        Assert.Equal(49_438.20m, org.Number("spm_target", quarter, "spm_expectedtodatevalue"));
        Assert.Equal(48_148.15m, org.Number("spm_target", month, "spm_expectedtodatevalue"));
        Assert.Equal(145_054.95m, org.Number("spm_target", year, "spm_expectedtodatevalue"));
    }
}
