using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests;

/// <summary>Reassigning, reopening, deleting and splitting a won deal moves or removes its revenue.</summary>
public sealed class OwnershipAndReversalTests
{
    [Fact]
    public void Assign_WonDealToAnotherRep_MovesRevenueFromOldOwnerToNew()
    {
        var org = new SalesOrg();
        var (_, alice, bob, aliceTarget, bobTarget) = TwoRepsQuarterRevenue.Seed(org, bobTarget: 50_000m);
        var deal = org.Opportunity(alice, 20_000m, "2026-02-10");
        org.Win(deal, 20_000m, "2026-02-10");

        org.Assign("opportunity", deal, bob);

        // Alice has no won deal left: no actual, no attainment. Bob: 20,000 ÷ 50,000 = 40 %.
        Assert.Null(org.Number("spm_target", aliceTarget, "spm_actualvalue"));
        Assert.Null(org.Number("spm_target", aliceTarget, "spm_attainmentpercent"));
        Assert.Equal(20_000m, org.Number("spm_target", bobTarget, "spm_actualvalue"));
        Assert.Equal(40m, org.Number("spm_target", bobTarget, "spm_attainmentpercent"));
    }

    [Fact]
    public void Reopen_WonDeal_RemovesTheRevenue()
    {
        var org = new SalesOrg();
        var (target, deal) = WonQuarterDeal.Seed(org);
        Assert.Equal(20_000m, org.Number("spm_target", target, "spm_actualvalue"));

        org.Reopen(deal);

        Assert.Null(org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Null(org.Number("spm_target", target, "spm_scorepercent"));
        Assert.Equal(20_000m, org.Number("spm_target", target, "spm_inprogressvalue"));
    }

    [Fact]
    public void Delete_WonDeal_RemovesTheRevenue()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var target = org.Target(rep, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 100_000m);
        var kept = org.Opportunity(rep, 5_000m, "2026-02-10");
        var deleted = org.Opportunity(rep, 20_000m, "2026-02-10");
        org.Win(kept, 5_000m, "2026-02-10");
        org.Win(deleted, 20_000m, "2026-02-10");
        Assert.Equal(25_000m, org.Number("spm_target", target, "spm_actualvalue"));

        org.Service.Delete("opportunity", deleted);

        Assert.Equal(5_000m, org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(5m, org.Number("spm_target", target, "spm_attainmentpercent"));
    }

    [Fact]
    public void DealSplit_ThirtyPercentToBob_CreditsBobAndLeavesSeventyPercentWithTheOwner()
    {
        var org = new SalesOrg();
        var (_, alice, bob, aliceTarget, bobTarget) = TwoRepsQuarterRevenue.Seed(org);
        var deal = org.Opportunity(alice, 10_000m, "2026-02-10");
        org.Split(deal, bob, 30m);

        org.Win(deal, 10_000m, "2026-02-10");

        // 10,000 × 70 % = 7,000 to Alice, 10,000 × 30 % = 3,000 to Bob.
        Assert.Equal(7_000m, org.Number("spm_target", aliceTarget, "spm_actualvalue"));
        Assert.Equal(3_000m, org.Number("spm_target", bobTarget, "spm_actualvalue"));
        Assert.Equal(3m, org.Number("spm_target", bobTarget, "spm_attainmentpercent"));
    }

    [Fact]
    public void DealSplit_AddedAfterTheWin_MovesTheShareAtOnce()
    {
        var org = new SalesOrg();
        var (_, alice, bob, aliceTarget, bobTarget) = TwoRepsQuarterRevenue.Seed(org);
        var deal = org.Opportunity(alice, 10_000m, "2026-02-10");
        org.Win(deal, 10_000m, "2026-02-10");

        var split = org.Split(deal, bob, 25m);

        Assert.Equal(7_500m, org.Number("spm_target", aliceTarget, "spm_actualvalue"));
        Assert.Equal(2_500m, org.Number("spm_target", bobTarget, "spm_actualvalue"));

        org.Service.Delete("spm_dealsplit", split);

        Assert.Equal(10_000m, org.Number("spm_target", aliceTarget, "spm_actualvalue"));
        Assert.Null(org.Number("spm_target", bobTarget, "spm_actualvalue"));
    }

    [Fact]
    public void Win_UsdOpportunity_CountsInBaseCurrency()
    {
        // Base CNY; 1 CNY = 0.1381 USD, so 1,381 USD = 1,381 ÷ 0.1381 = 10,000 CNY.
        var org = new SalesOrg();
        var usd = org.Org.CreateCurrency("USD", 0.1381m);
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var target = org.Target(rep, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 100_000m);
        var deal = org.Opportunity(rep, 1_381m, "2026-02-10", currency: usd);

        org.Win(deal, 1_381m, "2026-02-10");

        Assert.Equal(10_000m, org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(10m, org.Number("spm_target", target, "spm_attainmentpercent"));
    }
}
