using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// The projection weights each open deal by its probability (docs/domain-rules.md "Probability-weighted projection");
/// the in-progress value stays the whole open pipeline. Figures worked by hand.
/// </summary>
public sealed class WeightedProjectionTests
{
    [Fact]
    public void Revenue_OpenDealsOfSeveralProbabilities_ProjectionWeightedInProgressNot()
    {
        var org = new SalesOrg();
        var alice = org.User("Alice");
        var periods = org.Fy2026();
        var target = org.Target(alice, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 100_000m);

        org.Opportunity(alice, 40_000m, "2026-03-10", probability: 25);
        org.Opportunity(alice, 20_000m, "2026-03-20", probability: 75);
        org.Opportunity(alice, 10_000m, "2026-02-20", probability: 100);
        org.Opportunity(alice, 30_000m, "2026-03-30");
        org.Opportunity(alice, 50_000m, "2026-04-15", probability: 90); // closes in Q2: neither in progress nor projected in Q1
        var won = org.Opportunity(alice, 12_000m, "2026-02-01", probability: 10);
        org.Win(won, 12_000m, "2026-02-05");

        // In progress: 40,000 + 20,000 + 10,000 + 30,000 = 100,000 (unweighted, Dynamics' meaning).
        // Projected: 12,000 won + 40,000 × 25 % + 20,000 × 75 % + 10,000 × 100 % + 30,000 × 0 (empty probability)
        //          = 12,000 + 10,000 + 15,000 + 10,000 = 47,000 → 47 % of 100,000.
        Assert.Equal(12_000m, org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(100_000m, org.Number("spm_target", target, "spm_inprogressvalue"));
        Assert.Equal(47_000m, org.Number("spm_target", target, "spm_projectedvalue"));
        Assert.Equal(47m, org.Number("spm_target", target, "spm_projectedattainmentpercent"));
    }

    [Fact]
    public void Revenue_ProbabilityRaised_ProjectionMovesWithoutAnyDealClosing()
    {
        var org = new SalesOrg();
        var alice = org.User("Alice");
        var periods = org.Fy2026();
        var target = org.Target(alice, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 80_000m);
        var deal = org.Opportunity(alice, 40_000m, "2026-03-10", probability: 20);

        Assert.Equal(8_000m, org.Number("spm_target", target, "spm_projectedvalue"));
        Assert.Equal(10m, org.Number("spm_target", target, "spm_projectedattainmentpercent"));

        org.Service.Update(new Entity("opportunity", deal) { ["closeprobability"] = 70 });

        // 40,000 × 70 % = 28,000 → 35 % of 80,000; the in-progress value does not move.
        Assert.Equal(28_000m, org.Number("spm_target", target, "spm_projectedvalue"));
        Assert.Equal(35m, org.Number("spm_target", target, "spm_projectedattainmentpercent"));
        Assert.Equal(40_000m, org.Number("spm_target", target, "spm_inprogressvalue"));
    }

    [Fact]
    public void WonDeals_ProjectionIsWinsPlusExpectedWins()
    {
        var org = new SalesOrg();
        var alice = org.User("Alice");
        var periods = org.Fy2026();
        var target = org.Target(alice, org.Kpi("Won deals", Measures.WonDeals), periods.Q1, 4m);
        org.Opportunity(alice, 1_000m, "2026-03-10", probability: 50);
        org.Opportunity(alice, 1_000m, "2026-03-11", probability: 30);
        var won = org.Opportunity(alice, 1_000m, "2026-02-01", probability: 60);
        org.Win(won, 1_000m, "2026-02-02");

        // 1 won + 0.5 + 0.3 expected = 1.8 deals of 4 → 45 %; in progress counts the 2 open deals.
        Assert.Equal(2m, org.Number("spm_target", target, "spm_inprogressvalue"));
        Assert.Equal(1.8m, org.Number("spm_target", target, "spm_projectedvalue"));
        Assert.Equal(45m, org.Number("spm_target", target, "spm_projectedattainmentpercent"));
    }

    [Fact]
    public void TeamParent_ProjectionIsSumOfChildrensWeightedProjections()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var manager = org.User("Manager");
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var team = org.Target(manager, revenue, periods.Q1, 50_000m, RollsUp);
        var alices = org.Target(alice, revenue, periods.Q1, 20_000m, t => Under(t, team));
        var bobs = org.Target(bob, revenue, periods.Q1, 30_000m, t => Under(t, team));

        org.Opportunity(alice, 40_000m, "2026-03-01", probability: 25);
        org.Opportunity(bob, 20_000m, "2026-03-15", probability: 75);
        var bobsWin = org.Opportunity(bob, 5_000m, "2026-02-01", probability: 40);
        org.Win(bobsWin, 5_000m, "2026-02-03");

        // Alice: 0 + 40,000 × 25 % = 10,000 (50 %); Bob: 5,000 + 20,000 × 75 % = 20,000 (66.67 %).
        // Team: actual 5,000, in progress 60,000, projected 10,000 + 20,000 = 30,000 → 60 % of 50,000.
        Assert.Equal(10_000m, org.Number("spm_target", alices, "spm_projectedvalue"));
        Assert.Equal(20_000m, org.Number("spm_target", bobs, "spm_projectedvalue"));
        Assert.Equal(66.67m, org.Number("spm_target", bobs, "spm_projectedattainmentpercent"));
        Assert.Equal(5_000m, org.Number("spm_target", team, "spm_actualvalue"));
        Assert.Equal(60_000m, org.Number("spm_target", team, "spm_inprogressvalue"));
        Assert.Equal(30_000m, org.Number("spm_target", team, "spm_projectedvalue"));
        Assert.Equal(60m, org.Number("spm_target", team, "spm_projectedattainmentpercent"));
    }

    private static void RollsUp(Entity target) => target["spm_rollupsource"] = new OptionSetValue(Measures.RollupChildTargets);

    private static void Under(Entity target, Guid parent) => target["spm_parenttargetid"] = new EntityReference("spm_target", parent);
}
