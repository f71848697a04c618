using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Registration;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// Commission whether or not a close raises a nested Update of the closed row (NOT VERIFIED on the platform,
/// LocalOrganizationOptions.CloseRaisesNestedUpdate): the same statements and lines either way, each close credited
/// once, by the close's own step. Each case runs both ways against domain section 6 values.
/// </summary>
public sealed class CloseNestingCommissionTests
{
    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void Win_CumulativeMarginalAfter145000_NewLinePays1100EitherWay(bool nestedUpdate, bool setupInTest)
    {
        var org = Org(nestedUpdate, setupInTest);
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount,
            new Tier(0m, 150000m, 4m), new Tier(150000m, 250000m, 6m), new Tier(250000m, null, 8m)));
        org.Assign(org.Alice, plan, org.Q1, 300000m);
        org.Won(org.Alice, 145000m, "2026-02-01");
        var deal = org.Opportunity(org.Alice);

        var log = Recorded(org, () => org.Win(deal, 20000m, "2026-03-01"));

        // Domain 6: 145,000 × 4 % = 5,800; the new 20,000 crosses 150,000: 5,000 × 4 % + 15,000 × 6 % = 1,100.
        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(new[] { 5800m, 1100m }, org.Lines(statement.Id).Select(l => Money(l, "spm_commissionamount")));
        Assert.Equal(6900m, Money(statement, "spm_earnedamount"));
        Assert.Equal(165000m, Money(statement, "spm_creditamount"));
        AssertCreditedOnce(log, nestedUpdate, MessageNames.Win, typeof(OpportunityClosePlugin), typeof(OpportunityCommissionPlugin));
    }

    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void Lose_AnotherDeal_LeavesTheStatementAsItWasEitherWay(bool nestedUpdate, bool setupInTest)
    {
        var org = Org(nestedUpdate, setupInTest);
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        org.Won(org.Alice, 4000m, "2026-03-01");
        var lost = org.Opportunity(org.Alice);

        var log = Recorded(org, () => org.Service.Execute(new OrganizationRequest("LoseOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", lost), ["actualend"] = Date("2026-03-02") },
            ["Status"] = new OptionSetValue(4),
        }));

        // 4,000 × 5 % = 200 on one line; a lost deal credits nobody.
        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(200m, Money(Assert.Single(org.Lines(statement.Id)), "spm_commissionamount"));
        Assert.Equal(200m, Money(statement, "spm_earnedamount"));
        AssertCreditedOnce(log, nestedUpdate, MessageNames.Lose, typeof(OpportunityClosePlugin), typeof(OpportunityCommissionPlugin));
    }

    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void Reopen_WhileStatementOpen_RecomputesWithoutTheDealEitherWay(bool nestedUpdate, bool setupInTest)
    {
        var org = Org(nestedUpdate, setupInTest);
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)) { ClawbackDays = 90 });
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        org.Won(org.Alice, 4000m, "2026-03-01");
        var deal = org.Won(org.Alice, 10000m, "2026-03-20");
        Assert.Equal(700m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));

        org.Reopen(deal);

        // Back to 4,000 × 5 % = 200, no clawback while the statement is open.
        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(200m, Money(statement, "spm_earnedamount"));
        Assert.Equal(0m, Money(statement, "spm_clawbackamount"));
        Assert.Single(org.Lines(statement.Id));
    }

    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void Fulfill_GrossMarginBasisFivePercent_CreditsMarginEitherWay(bool nestedUpdate, bool setupInTest)
    {
        var org = Org(nestedUpdate, setupInTest);
        var plan = org.Plan(new PlanSpec(GrossMargin, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        var order = org.ProductOrder(org.Alice, quantity: 10m, pricePerUnit: 100m, currentCost: 60m);

        var log = Recorded(org, () => org.Fulfill(order, "2026-02-10"));

        // Total 1,000; margin 1,000 − 10 × 60 = 400; 5 % of 400 = 20.
        var statement = org.Statement(org.Alice, org.Q1);
        var line = Assert.Single(org.Lines(statement.Id));
        Assert.Equal(400m, Money(line, "spm_creditamount"));
        Assert.Equal(20m, Money(line, "spm_commissionamount"));
        Assert.Equal(20m, Money(statement, "spm_earnedamount"));
        AssertCreditedOnce(log, nestedUpdate, MessageNames.FulfillSalesOrder, typeof(SalesOrderClosePlugin), typeof(SalesOrderCommissionPlugin));
    }

    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void Cancel_SecondOrder_CreditsOnlyTheFulfilledOneEitherWay(bool nestedUpdate, bool setupInTest)
    {
        var org = Org(nestedUpdate, setupInTest);
        var plan = org.Plan(new PlanSpec(FulfilledOrders, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        org.Fulfill(org.Order(org.Alice, 1000m), "2026-02-10");
        var cancelled = org.Order(org.Alice, 3000m);

        var log = Recorded(org, () => org.Service.Execute(new OrganizationRequest("CancelSalesOrder")
        {
            ["OrderClose"] = new Entity("orderclose") { ["salesorderid"] = new EntityReference("salesorder", cancelled), ["actualend"] = Date("2026-02-11") },
            ["Status"] = new OptionSetValue(4),
        }));

        // Only the fulfilled 1,000 is credited: 5 % = 50 on one line.
        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(50m, Money(Assert.Single(org.Lines(statement.Id)), "spm_commissionamount"));
        Assert.Equal(1000m, Money(statement, "spm_creditamount"));
        AssertCreditedOnce(log, nestedUpdate, MessageNames.CancelSalesOrder, typeof(SalesOrderClosePlugin), typeof(SalesOrderCommissionPlugin));
    }

    private static CommissionOrg Org(bool nestedUpdate, bool setupInTest = false)
    {
        var org = WithCloseNesting(nestedUpdate, completeSetup: !setupInTest);
        if (setupInTest)
        {
            org.Org.Service.Execute(new OrganizationRequest("spm_CompleteSetup"));
        }

        return org;
    }

    private static List<StepLogEntry> Recorded(CommissionOrg org, Action action)
    {
        var before = org.Org.StepLog.Count;
        action();
        return org.Org.StepLog.Skip(before).ToList();
    }

    /// <summary>
    /// The close's own step credited (it traces each statement it recomputed); the table's commission plug-in, whose
    /// Update step fires only inside a close that raises a nested Update, stood aside every time it ran.
    /// </summary>
    private static void AssertCreditedOnce(List<StepLogEntry> log, bool nestedUpdate, string close, Type closePlugin, Type commissionPlugin)
    {
        var closeRun = Assert.Single(log, e => e.PluginType == closePlugin.FullName);
        Assert.Equal(close, closeRun.Message);
        var commissionRuns = log.Where(e => e.PluginType == commissionPlugin.FullName).ToList();
        Assert.All(commissionRuns, e => Assert.Contains(e.Trace, line => line.Contains("raised inside " + close + " of the same row", StringComparison.Ordinal)));
        Assert.Equal(nestedUpdate, commissionRuns.Count > 0);
        Assert.DoesNotContain(log, e => e.Outcome == StepOutcome.Failed);
    }
}
