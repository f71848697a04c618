using System;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests;

/// <summary>Count, ratio, average and in-progress measures of opportunities, recomputed in the transaction of the change.</summary>
public sealed class OpportunityMeasureTests
{
    [Fact]
    public void WonDeals_WinAfterCreate_CountMovesFromInProgressToActual()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var deals = org.Target(rep, org.Kpi("Won deals", Measures.WonDeals), periods.Q1, 4m);
        var revenue = org.Target(rep, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 100_000m);
        var deal = org.Opportunity(rep, 25_000m, "2026-03-20");

        // Open: in progress 1 deal and Σ estimated 25,000; no actual yet.
        Assert.Equal(1m, org.Number("spm_target", deals, "spm_inprogressvalue"));
        Assert.Equal(25_000m, org.Number("spm_target", revenue, "spm_inprogressvalue"));
        Assert.Null(org.Number("spm_target", deals, "spm_actualvalue"));

        org.Win(deal, 20_000m, "2026-02-10");

        // Won: 1 of 4 = 25 %; nothing open any more.
        Assert.Equal(1m, org.Number("spm_target", deals, "spm_actualvalue"));
        Assert.Equal(25m, org.Number("spm_target", deals, "spm_attainmentpercent"));
        Assert.Equal(0m, org.Number("spm_target", deals, "spm_inprogressvalue"));
        Assert.Equal(0m, org.Number("spm_target", revenue, "spm_inprogressvalue"));
    }

    [Fact]
    public void WinRate_OneWonOneLost_StoresNumeratorDenominatorAndPercent()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var winRate = org.Target(rep, org.Kpi("Win rate", Measures.WinRate), periods.Q1, 25m);
        var won = org.Opportunity(rep, 10_000m, "2026-02-01");
        var lost = org.Opportunity(rep, 10_000m, "2026-02-01");

        org.Win(won, 10_000m, "2026-02-02");
        org.Lose(lost, "2026-02-03");

        // 1 ÷ (1 + 1) = 50 % against 25 % → attainment 200 %, score capped at 150.
        Assert.Equal(1m, org.Number("spm_target", winRate, "spm_numerator"));
        Assert.Equal(2m, org.Number("spm_target", winRate, "spm_denominator"));
        Assert.Equal(50m, org.Number("spm_target", winRate, "spm_actualvalue"));
        Assert.Equal(200m, org.Number("spm_target", winRate, "spm_attainmentpercent"));
        Assert.Equal(150m, org.Number("spm_target", winRate, "spm_scorepercent"));
        Assert.Null(org.Number("spm_target", winRate, "spm_expectedtodatevalue"));
    }

    [Fact]
    public void SalesCycleDays_WonAfter26Days_StampsCycleAndScoresLowerIsBetter()
    {
        var org = new SalesOrg(new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc));
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var cycle = org.Target(rep, org.Kpi("Sales cycle", Measures.SalesCycleDays, direction: Measures.LowerIsBetter), periods.Q1, 30m);
        var deal = org.Opportunity(rep, 10_000m, "2026-02-28");
        org.Org.Clock.UtcNow = new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc);

        org.Win(deal, 10_000m, "2026-02-10");

        // 15 Jan → 10 Feb = 26 days; lower is better: 30 ÷ 26 × 100 = 115.38 %.
        Assert.Equal(26m, org.Number("opportunity", deal, "spm_salescycledays"));
        Assert.Equal(26m, org.Number("spm_target", cycle, "spm_numerator"));
        Assert.Equal(1m, org.Number("spm_target", cycle, "spm_denominator"));
        Assert.Equal(26m, org.Number("spm_target", cycle, "spm_actualvalue"));
        Assert.Equal(115.38m, org.Number("spm_target", cycle, "spm_attainmentpercent"));
    }

    [Fact]
    public void NewCustomers_SecondWinOfTheSameCustomer_CountsOnlyTheFirst()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var newCustomers = org.Target(rep, org.Kpi("New customers", Measures.NewCustomers), periods.Q1, 2m);
        var first = org.Opportunity(rep, 10_000m, "2026-02-01");
        var second = org.Opportunity(rep, 10_000m, "2026-02-01");

        org.Win(first, 10_000m, "2026-01-20");
        org.Win(second, 10_000m, "2026-02-05");

        Assert.Equal(true, org.Row("opportunity", first).GetAttributeValue<bool?>("spm_isnewcustomer"));
        Assert.Equal(false, org.Row("opportunity", second).GetAttributeValue<bool?>("spm_isnewcustomer"));
        Assert.Equal(1m, org.Number("spm_target", newCustomers, "spm_actualvalue"));
        Assert.Equal(50m, org.Number("spm_target", newCustomers, "spm_attainmentpercent"));
    }
}
