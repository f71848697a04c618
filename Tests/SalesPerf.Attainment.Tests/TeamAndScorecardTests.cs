using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests;

/// <summary>Team parents roll up their members' numerators and denominators; scorecards weight the scores.</summary>
public sealed class TeamAndScorecardTests
{
    [Fact]
    public void TeamParent_WinRateOfTwoMembers_RollsUpSumOfNumeratorsOverSumOfDenominators()
    {
        var org = new SalesOrg();
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var team = org.Org.CreateTeam("East", [alice, bob]);
        var periods = org.Fy2026();
        var winRate = org.Kpi("Win rate", Measures.WinRate);
        var parent = org.Target(team, winRate, periods.Q1, 50m, t => t["spm_rollupsource"] = new OptionSetValue(Measures.RollupChildTargets), "team");
        var aliceTarget = org.Target(alice, winRate, periods.Q1, 50m, t => t["spm_parenttargetid"] = new EntityReference("spm_target", parent));
        var bobTarget = org.Target(bob, winRate, periods.Q1, 50m, t => t["spm_parenttargetid"] = new EntityReference("spm_target", parent));
        var a1 = org.Opportunity(alice, 1_000m, "2026-02-01");
        var a2 = org.Opportunity(alice, 1_000m, "2026-02-01");
        var b1 = org.Opportunity(bob, 1_000m, "2026-02-01");

        org.Win(a1, 1_000m, "2026-02-02");
        org.Lose(a2, "2026-02-03");
        org.Win(b1, 1_000m, "2026-02-04");

        // Alice 1/2 = 50 %, Bob 1/1 = 100 %; the team is (1 + 1) ÷ (2 + 1) = 66.67 %, not the mean 75 %.
        Assert.Equal(50m, org.Number("spm_target", aliceTarget, "spm_actualvalue"));
        Assert.Equal(100m, org.Number("spm_target", bobTarget, "spm_actualvalue"));
        Assert.Equal(2m, org.Number("spm_target", parent, "spm_numerator"));
        Assert.Equal(3m, org.Number("spm_target", parent, "spm_denominator"));
        Assert.Equal(66.67m, org.Number("spm_target", parent, "spm_actualvalue"));
        Assert.Equal(133.34m, org.Number("spm_target", parent, "spm_attainmentpercent"));

        // Allocation: 50 + 50 allocated against a team target of 50 → variance −50.
        Assert.Equal(100m, org.Number("spm_target", parent, "spm_allocatedvalue"));
        Assert.Equal(-50m, org.Number("spm_target", parent, "spm_allocationvariance"));
    }

    [Fact]
    public void Scorecard_TwoScoredTargets_WeightedScoreRecomputedWithTheWin()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var card = org.Scorecard(rep, periods.Q1);
        var revenue = org.Target(rep, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 10_000m, t =>
        {
            t["spm_weight"] = 60m;
            t["spm_scorecardid"] = new EntityReference("spm_scorecard", card);
        });
        var deals = org.Target(rep, org.Kpi("Won deals", Measures.WonDeals), periods.Q1, 2m, t =>
        {
            t["spm_weight"] = 40m;
            t["spm_scorecardid"] = new EntityReference("spm_scorecard", card);
        });
        var deal = org.Opportunity(rep, 12_000m, "2026-02-10");

        org.Win(deal, 12_000m, "2026-02-10");

        // Revenue 12,000 ÷ 10,000 = 120; won deals 1 ÷ 2 = 50; (60 × 120 + 40 × 50) ÷ 100 = 92.
        Assert.Equal(120m, org.Number("spm_target", revenue, "spm_scorepercent"));
        Assert.Equal(50m, org.Number("spm_target", deals, "spm_scorepercent"));
        Assert.Equal(92m, org.Number("spm_scorecard", card, "spm_weightedscore"));
    }

    [Fact]
    public void ManualKpi_ManagerEntersActual_AttainmentAndScoreComputed()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var target = org.Target(rep, org.Kpi("Satisfaction", Measures.Manual), periods.Q1, 80m);

        org.Service.Update(new Entity("spm_target", target) { ["spm_actualvalue"] = 88m });

        // 88 ÷ 80 = 110 %.
        Assert.Equal(88m, org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(110m, org.Number("spm_target", target, "spm_attainmentpercent"));
        Assert.Equal(110m, org.Number("spm_target", target, "spm_scorepercent"));
    }
}
