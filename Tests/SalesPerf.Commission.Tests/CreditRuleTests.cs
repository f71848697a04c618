using System.Linq;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>Splits, caps, gates and plan changes through the pipeline.</summary>
public sealed class CreditRuleTests
{
    [Fact]
    public void Split_FortyPercentToBob_CreditsBothStatementsAndAddsUpToTheDeal()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 10m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Assign(org.Bob, plan, org.Q1, 100000m, "Bob Q1");
        var deal = org.Opportunity(org.Alice);
        org.Split(deal, org.Bob, 40m);

        org.Win(deal, 10001m, "2026-03-01");

        var alice = org.Statement(org.Alice, org.Q1);
        var bob = org.Statement(org.Bob, org.Q1);
        Assert.Equal(10001m, Money(alice, "spm_creditamount") + Money(bob, "spm_creditamount"));
        Assert.Equal(4000.40m, Money(bob, "spm_creditamount"));
        Assert.Equal(40m, org.Lines(bob.Id).Single().GetAttributeValue<decimal>("spm_splitpercent"));
        Assert.Equal(60m, org.Lines(alice.Id).Single().GetAttributeValue<decimal>("spm_splitpercent"));
    }

    [Fact]
    public void Split_RemovedAfterWin_GivesOwnerTheWholeCredit()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 10m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Assign(org.Bob, plan, org.Q1, 100000m, "Bob Q1");
        var deal = org.Opportunity(org.Alice);
        var split = org.Split(deal, org.Bob, 40m);
        org.Win(deal, 10000m, "2026-03-01");

        org.Service.Delete("spm_dealsplit", split);

        Assert.Equal(10000m, Money(org.Statement(org.Alice, org.Q1), "spm_creditamount"));
        var bob = org.Statement(org.Bob, org.Q1);
        Assert.Equal(0m, Money(bob, "spm_creditamount"));
        Assert.Empty(org.Lines(bob.Id));
    }

    [Fact]
    public void Win_PayoutCapReached_LineReducedAndLaterLinesPayNothing()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 10m)) { Cap = 1500m });
        org.Assign(org.Alice, plan, org.Q1, 100000m);

        org.Won(org.Alice, 10000m, "2026-02-01");
        org.Won(org.Alice, 10000m, "2026-02-02");
        org.Won(org.Alice, 10000m, "2026-02-03");

        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(new[] { 1000m, 500m, 0m }, org.Lines(statement.Id).Select(l => Money(l, "spm_commissionamount")));
        Assert.Equal(1500m, Money(statement, "spm_earnedamount"));
        Assert.Contains("cap", statement.GetAttributeValue<string>("spm_trace"), System.StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, 9600)] // no scorecard: gate not met, 100 %+ tier capped at the 100 % tier's 8 %
    [InlineData(79, 9600)] // score below the gate
    [InlineData(80, 12000)] // score meets the gate: 10 %
    public void Win_AcceleratorGate_CapsTiersAboveTheHundredPercentTier(int? score, int earned)
    {
        var org = CommissionOrg.Create();
        if (score is int value)
        {
            // The weighted score is computed: one Manual target of 100 (weight 1) whose entered actual is the score.
            var card = org.Service.Create(new Microsoft.Xrm.Sdk.Entity("spm_scorecard")
            {
                ["spm_name"] = "Alice Q1",
                ["ownerid"] = new Microsoft.Xrm.Sdk.EntityReference("systemuser", org.Alice),
                ["spm_periodid"] = new Microsoft.Xrm.Sdk.EntityReference("spm_period", org.Q1),
            });
            var kpi = org.Service.Create(new Microsoft.Xrm.Sdk.Entity("spm_kpi")
            {
                ["spm_name"] = "Manager-entered score",
                ["spm_code"] = "SCORE",
                ["spm_measure"] = new Microsoft.Xrm.Sdk.OptionSetValue(100000013),
                ["spm_direction"] = new Microsoft.Xrm.Sdk.OptionSetValue(100000000),
            });
            var target = org.Service.Create(new Microsoft.Xrm.Sdk.Entity("spm_target")
            {
                ["spm_name"] = "Alice score Q1",
                ["ownerid"] = new Microsoft.Xrm.Sdk.EntityReference("systemuser", org.Alice),
                ["spm_kpiid"] = new Microsoft.Xrm.Sdk.EntityReference("spm_kpi", kpi),
                ["spm_periodid"] = new Microsoft.Xrm.Sdk.EntityReference("spm_period", org.Q1),
                ["spm_targetvalue"] = 100m,
                ["spm_weight"] = 1m,
                ["spm_scorecardid"] = new Microsoft.Xrm.Sdk.EntityReference("spm_scorecard", card),
            });
            org.Service.Update(new Microsoft.Xrm.Sdk.Entity("spm_target", target) { ["spm_actualvalue"] = (decimal)value });
        }

        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Percent,
            new Tier(0m, 100m, 6m), new Tier(100m, 110m, 8m), new Tier(110m, null, 10m)) { Gate = 80m });
        org.Assign(org.Alice, plan, org.Q1, 100000m);

        org.Won(org.Alice, 120000m, "2026-02-01");

        Assert.Equal(earned, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
    }

    [Fact]
    public void TierUpdate_OpenStatement_IsRecomputed()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount));
        var tier = org.AddTier(plan, new Tier(0m, null, 5m));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        org.Won(org.Alice, 10000m, "2026-02-01");

        org.Service.Update(new Microsoft.Xrm.Sdk.Entity("spm_commissiontier", tier) { ["spm_ratepercent"] = 6m });

        Assert.Equal(600m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
    }

    [Fact]
    public void Assign_WonDealToBob_MovesCreditToBob()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 10m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Assign(org.Bob, plan, org.Q1, 100000m, "Bob Q1");
        var deal = org.Won(org.Alice, 10000m, "2026-03-01");

        org.Service.Execute(new Microsoft.Xrm.Sdk.OrganizationRequest("Assign")
        {
            ["Target"] = new Microsoft.Xrm.Sdk.EntityReference("opportunity", deal),
            ["Assignee"] = new Microsoft.Xrm.Sdk.EntityReference("systemuser", org.Bob),
        });

        Assert.Equal(0m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
        Assert.Equal(1000m, Money(org.Statement(org.Bob, org.Q1), "spm_earnedamount"));
    }
}
