using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary><c>spm_EstimateCommission</c>: what a win would pay, writing nothing.</summary>
public sealed class EstimateTests
{
    private static OrganizationResponse Estimate(CommissionOrg org, Guid opportunity, decimal? amount = null, string? closeDate = null) =>
        EstimateAs(org, org.Alice, opportunity, amount, closeDate);

    private static OrganizationResponse EstimateAs(CommissionOrg org, Guid caller, Guid opportunity, decimal? amount = null, string? closeDate = null)
    {
        var request = new OrganizationRequest("spm_EstimateCommission") { ["Opportunity"] = new EntityReference("opportunity", opportunity) };
        if (amount is decimal value)
        {
            request["Amount"] = value;
        }

        if (closeDate is string date)
        {
            request["CloseDate"] = CommissionOrg.Date(date);
        }

        return org.As(caller).Execute(request);
    }

    [Fact]
    public void Estimate_AnotherRepsDeal_RefusedWithTheRuleAndNothingRevealed()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        org.Won(org.Alice, 40000m, "2026-02-01");
        var open = org.Opportunity(org.Alice, 20000m, "2026-03-15", "Acme renewal");

        foreach (var stranger in new[] { org.Bob, org.Rita })
        {
            var before = org.Snapshot();

            var fault = CommissionOrg.Fault(() => EstimateAs(org, stranger, open));

            Assert.StartsWith("[SPM-EST-001] Opportunity 'Acme renewal': you cannot estimate commission on this deal.", fault.Message);
            Assert.Equal(before, org.Snapshot());
        }
    }

    [Fact]
    public void Estimate_SplitUserManagerAndAdmin_AllAnswered()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        var open = org.Opportunity(org.Alice, 20000m, "2026-03-15");
        org.Split(open, org.Bob, 25m);

        foreach (var caller in new[] { org.Alice, org.Bob, org.Nancy, org.Oscar })
        {
            // The owner's share after the split: 75 % of 20,000 at 5 %.
            Assert.Equal(750m, (decimal)EstimateAs(org, caller, open)["Commission"]);
        }
    }

    [Fact]
    public void Estimate_OpenDealAfter145000_Returns1100AndWritesNothing()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount,
            new Tier(0m, 150000m, 4m), new Tier(150000m, 250000m, 6m), new Tier(250000m, null, 8m)));
        org.Assign(org.Alice, plan, org.Q1, 300000m);
        org.Won(org.Alice, 145000m, "2026-02-01");
        var open = org.Opportunity(org.Alice, 20000m, "2026-03-15");
        var before = org.Snapshot();

        var response = Estimate(org, open);

        Assert.Equal(1100m, (decimal)response["Commission"]);
        Assert.Equal(55m, (decimal)response["Attainment"]);
        Assert.Contains("1,100.00", (string)response["Trace"]);
        Assert.Equal(before, org.Snapshot());
    }

    [Fact]
    public void Estimate_RetroactiveUplift_IncludesEarlierCredit()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Percent,
            new Tier(0m, 50m, 0m), new Tier(50m, 75m, 1m), new Tier(75m, 100m, 2m), new Tier(100m, null, 3m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        org.Won(org.Alice, 50000m, "2026-02-01");
        var open = org.Opportunity(org.Alice);

        var response = Estimate(org, open, 30000m, "2026-03-10");

        Assert.Equal(1100m, (decimal)response["Commission"]);
        Assert.Equal(80m, (decimal)response["Attainment"]);
    }

    [Fact]
    public void Estimate_CloseDateWithoutAssignment_ReturnsZero()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        var open = org.Opportunity(org.Alice);

        var response = Estimate(org, open, 10000m, "2026-05-10");

        Assert.Equal(0m, (decimal)response["Commission"]);
    }
}
