using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests.Recognition;

/// <summary>
/// "First to 100 % this quarter": granted in the win that moves the first target of the KPI and a quarter across the
/// threshold, once per rule and period, with its call budget (docs/domain-rules.md "Recognition and honours").
/// </summary>
public sealed class FirstToReachHonourTests
{
    [Fact]
    public void Wins_FirstTargetToCrossGetsTheHonour_OnceForTheRuleAndQuarter_WithinBudget()
    {
        var org = new SalesOrg();
        var reps = TwoRepsQuarterRevenue.Seed(org);
        var revenue = org.Row("spm_target", reps.AliceTarget).GetAttributeValue<EntityReference>("spm_kpiid").Id;
        var rule = org.FirstToReachRule("First to 100 % this quarter", revenue, 100m);

        // Bob at 50 %: attainment rose, no rule crossed: one query (the crossed rules of Revenue), nothing granted.
        var bobDeal = org.Opportunity(reps.Bob, 50_000m, "2026-02-01");
        org.CallsDuring(() => org.Win(bobDeal, 50_000m, "2026-02-01"));
        Assert.Equal(1, org.HonourCalls());
        Assert.Empty(org.Honours());

        // Alice at 120 %: crosses first. Rules, period, granted?, lock the rule, granted? again, create = 6 calls.
        var aliceDeal = org.Opportunity(reps.Alice, 120_000m, "2026-02-03");
        org.CallsDuring(() => org.Win(aliceDeal, 120_000m, "2026-02-03"));
        Assert.True(org.HonourCalls() == 6, org.CallLog());
        var honour = Assert.Single(org.Honours());
        Assert.Equal(reps.Alice, honour.GetAttributeValue<EntityReference>("spm_recipientid").Id);
        Assert.Equal(reps.Alice, honour.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(rule, honour.GetAttributeValue<EntityReference>("spm_honourruleid").Id);
        Assert.Equal(reps.Periods.Q1, honour.GetAttributeValue<EntityReference>("spm_periodid").Id);
        Assert.Equal(reps.AliceTarget, honour.GetAttributeValue<EntityReference>("spm_targetid").Id);
        Assert.Equal(RecognitionOrg.Honour, honour.GetAttributeValue<OptionSetValue>("spm_kind").Value);
        Assert.Null(honour.GetAttributeValue<EntityReference>("spm_giverid"));
        Assert.Equal(reps.Periods.Q1, honour.GetAttributeValue<EntityReference>("spm_quarterid").Id);
        Assert.Equal(
            "'First to 100 % this quarter': first to reach 100 % in FY2026 Q1, with 120 % on target 'T100000'.\n"
            + "“First to 100 % this quarter”：在 FY2026 Q1 中首位达到 100%，目标“T100000”达成 120%。",
            honour.GetAttributeValue<string>("spm_reason"));

        // Bob crosses second: the rule and quarter are taken. Rules, period, granted? = 3 calls, no lock, no row.
        var bobSecond = org.Opportunity(reps.Bob, 60_000m, "2026-02-05");
        org.CallsDuring(() => org.Win(bobSecond, 60_000m, "2026-02-05"));
        Assert.True(org.HonourCalls() == 3, org.CallLog());
        Assert.Single(org.Honours());
        Assert.Equal(110m, org.Number("spm_target", reps.BobTarget, "spm_attainmentpercent"));
    }

    [Fact]
    public void Win_FallsBackAndCrossesAgain_NeverASecondHonour()
    {
        var org = new SalesOrg();
        var reps = TwoRepsQuarterRevenue.Seed(org);
        var revenue = org.Row("spm_target", reps.AliceTarget).GetAttributeValue<EntityReference>("spm_kpiid").Id;
        org.FirstToReachRule("First to 100 %", revenue, 100m);
        var deal = org.Opportunity(reps.Alice, 100_000m, "2026-02-03");
        org.Win(deal, 100_000m, "2026-02-03");
        Assert.Single(org.Honours());

        org.Reopen(deal);
        Assert.Equal(0m, org.Number("spm_target", reps.AliceTarget, "spm_attainmentpercent") ?? 0m);
        org.Win(deal, 100_000m, "2026-02-04");

        Assert.Single(org.Honours());
    }

    [Fact]
    public void Win_RuleOfAnotherPeriodTypeOrKpiOrInactive_GrantsNothing()
    {
        var org = new SalesOrg();
        var reps = TwoRepsQuarterRevenue.Seed(org);
        var revenue = org.Row("spm_target", reps.AliceTarget).GetAttributeValue<EntityReference>("spm_kpiid").Id;
        var wonDeals = org.Kpi("Won deals", Measures.WonDeals);
        org.FirstToReachRule("First to 100 % this month", revenue, 100m, RecognitionOrg.Month);
        org.FirstToReachRule("First to 100 % won deals", wonDeals, 100m);
        var inactive = org.FirstToReachRule("Retired rule", revenue, 100m);
        org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("spm_honourrule", inactive),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        });

        var deal = org.Opportunity(reps.Alice, 150_000m, "2026-02-03");
        org.CallsDuring(() => org.Win(deal, 150_000m, "2026-02-03"));

        Assert.Empty(org.Honours());
        Assert.True(org.HonourCalls() == 2, org.CallLog()); // the month rule matches the KPI and threshold: rules + period
    }

    [Fact]
    public void Win_TeamOwnedTargetCrosses_NoHonour_ThePersonsTargetStillCounts()
    {
        var org = new SalesOrg();
        var alice = org.User("Alice");
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var team = org.Org.CreateTeam("East", new[] { alice });
        var teamTarget = org.Target(team, revenue, periods.Q1, 50_000m, t => t["spm_rollupsource"] = new OptionSetValue(Measures.RollupChildTargets), "team");
        var own = org.Target(alice, revenue, periods.Q1, 200_000m, t => t["spm_parenttargetid"] = new EntityReference("spm_target", teamTarget));
        org.FirstToReachRule("First to 100 %", revenue, 100m);

        var deal = org.Opportunity(alice, 60_000m, "2026-02-03");
        org.Win(deal, 60_000m, "2026-02-03");
        Assert.Equal(120m, org.Number("spm_target", teamTarget, "spm_attainmentpercent"));
        Assert.Empty(org.Honours());

        var second = org.Opportunity(alice, 140_000m, "2026-02-04");
        org.Win(second, 140_000m, "2026-02-04");
        var honour = Assert.Single(org.Honours());
        Assert.Equal(own, honour.GetAttributeValue<EntityReference>("spm_targetid").Id);
    }
}
