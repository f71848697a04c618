using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Commission;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>A win's recompute stays within <see cref="CommissionBudget"/> however many transactions the period holds.</summary>
public sealed class CallBudgetTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Theory]
    [InlineData(10)] // one page
    [InlineData(6000)] // more than one 5,000-row page
    public void Win_PeriodWithManyTransactions_StaysWithinTheCallBudget(int transactions)
    {
        var org = CommissionOrg.CommissionOnly();
        for (var i = 0; i < transactions; i++)
        {
            org.Won(org.Alice, 100m, "2026-02-01");
        }

        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, 100000m, 4m), new Tier(100000m, null, 6m)));
        org.Assign(org.Alice, plan, org.Q1, 1000000m);
        var deal = org.Opportunity(org.Alice);

        org.Org.ServiceCalls.Reset();
        org.Win(deal, 1000m, "2026-03-01");
        // The win's one step: its attainment part (no target in the organisation) and its commission part.
        var close = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!);
        var calls = close - CallBudget.OpportunityWinNothingToRecompute;

        output.WriteLine($"{transactions} transactions: {close} calls by OpportunityClosePlugin, {calls} of them commission, budget {CommissionBudget.For(transactions + 1)}");
        Assert.Equal(0, org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityCommissionPlugin).FullName!));
        Assert.True(calls <= CommissionBudget.For(transactions + 1), $"{calls} calls, budget {CommissionBudget.For(transactions + 1)}");
        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(transactions + 1, org.Org.Rows("spm_commissionline").Count);
        Assert.Equal((transactions * 100m) + 1000m, CommissionOrg.Money(statement, "spm_creditamount"));
    }
}
