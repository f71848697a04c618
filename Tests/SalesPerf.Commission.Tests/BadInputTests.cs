using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>Domain section 8 for plans, tiers, splits and assignments: the fault names the record and the rule, and nothing changes.</summary>
public sealed class BadInputTests
{
    private static void AssertRejected(CommissionOrg org, Action action, string expected)
    {
        var before = org.Snapshot();

        var fault = Fault(action);

        Assert.Equal(expected, fault.Message);
        Assert.Equal(before, org.Snapshot());
    }

    [Fact]
    public void CreateTier_OverlappingAnotherTier_FaultsOverlapAndChangesNothing()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, 150000m, 4m)), "Hunters 2026");

        AssertRejected(org, () => org.AddTier(plan, new Tier(100000m, 250000m, 6m)),
            "[SPM-PLN-001] Commission plan 'Hunters 2026': the tier 0–150000 overlaps the tier 100000–250000. Tiers cover [lower, upper) and must not overlap; change the bounds so that each value falls in at most one tier.");
    }

    [Fact]
    public void CreateTier_Inverted_FaultsInvertedAndChangesNothing()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount), "Hunters 2026");

        AssertRejected(org, () => org.AddTier(plan, new Tier(5000m, 1000m, 6m)),
            "[SPM-PLN-002] Commission plan 'Hunters 2026': the tier's lower bound 5000 is not below its upper bound 1000. Enter an upper bound above the lower bound, or leave it empty for no limit.");
    }

    [Fact]
    public void UpdateTier_IntoOverlap_FaultsOverlapAndChangesNothing()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, 100m, 4m)), "Hunters 2026");
        var second = org.AddTier(plan, new Tier(100m, null, 6m));

        AssertRejected(org, () => org.Service.Update(new Entity("spm_commissiontier", second) { ["spm_lowerbound"] = 50m }),
            "[SPM-PLN-001] Commission plan 'Hunters 2026': the tier 0–100 overlaps the tier 50–. Tiers cover [lower, upper) and must not overlap; change the bounds so that each value falls in at most one tier.");
    }

    [Fact]
    public void CreatePlan_EffectiveToBeforeFrom_FaultsAndCreatesNothing()
    {
        var org = CommissionOrg.Create();

        AssertRejected(org, () => org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount) { From = "2026-06-30", To = "2026-01-01" }, "Hunters 2026"),
            "[SPM-PLN-008] Commission plan 'Hunters 2026': the effective-to date 2026-01-01 is before the effective-from date 2026-06-30. Enter an effective-to date on or after the effective-from date.");
    }

    [Fact]
    public void CreatePlan_UnknownChoice_FaultsAndCreatesNothing()
    {
        var org = CommissionOrg.Create();

        AssertRejected(org, () => org.Plan(new PlanSpec(WonRevenue, Cumulative, 100000007, Amount), "Hunters 2026"),
            "[SPM-PLN-012] Commission plan 'Hunters 2026': the column 'spm_tiermode' holds the unknown value 100000007. Choose one of the listed options.");
    }

    [Fact]
    public void CreateAssignment_PeriodOutsidePlanDates_FaultsAndCreatesNothing()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, null, 4m)) { From = "2026-04-01", To = "2026-12-31" });

        AssertRejected(org, () => org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1"),
            "[SPM-PLN-009] Plan assignment 'Alice Q1': its period 2026-01-01 to 2026-03-31 is not wholly inside the plan's effective dates (2026-04-01 to 2026-12-31; empty = open-ended). Choose a period inside the plan's dates, or another plan.");
    }

    [Fact]
    public void CreateAssignment_ZeroQuota_FaultsAndCreatesNothing()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, null, 4m)));

        AssertRejected(org, () => org.Assign(org.Alice, plan, org.Q1, 0m, "Alice Q1"),
            "[SPM-PLN-010] Plan assignment 'Alice Q1': the quota must be more than 0 (was '0'). Enter a quota amount above 0, or choose a quota target whose value is above 0.");
    }

    [Fact]
    public void CreateSplit_Over100Percent_FaultsAndCreatesNothing()
    {
        var org = CommissionOrg.Create();
        var deal = org.Opportunity(org.Alice, name: "Acme renewal");
        org.Split(deal, org.Bob, 60m);

        AssertRejected(org, () => org.Split(deal, org.Nancy, 50m),
            "[SPM-SPL-001] Opportunity 'Acme renewal': its deal splits add up to 110 %, more than 100 %. Reduce the split percentages so that they add up to 100 % or less (the owner keeps the rest).");
    }

    [Fact]
    public void CreateSplit_NamingTheOwner_FaultsAndCreatesNothing()
    {
        var org = CommissionOrg.Create();
        var deal = org.Opportunity(org.Alice, name: "Acme renewal");

        AssertRejected(org, () => org.Split(deal, org.Alice, 10m),
            "[SPM-SPL-004] Opportunity 'Acme renewal': a deal split names its owner Alice Wang, who already keeps the rest. Split the credit to other users only.");
    }

    [Fact]
    public void CreateSplit_InChineseUserLanguage_FaultsInChinese()
    {
        var org = CommissionOrg.Create();
        var deal = org.Opportunity(org.Alice, name: "Acme renewal");
        org.Split(deal, org.Bob, 60m);
        org.Service.Update(new Entity("usersettings", org.Alice) { ["uilanguageid"] = 2052 });

        var fault = Fault(() => org.As(org.Alice).Create(new Entity("spm_dealsplit")
        {
            ["spm_name"] = "Split",
            ["spm_opportunityid"] = new EntityReference("opportunity", deal),
            ["spm_userid"] = new EntityReference("systemuser", org.Nancy),
            ["spm_splitpercent"] = 50m,
        }));

        Assert.Equal("[SPM-SPL-001] 商机“Acme renewal”：交易拆分合计为 110%，超过了 100%。请降低拆分比例，使合计不超过 100%（其余归负责人）。", fault.Message);
    }
}
