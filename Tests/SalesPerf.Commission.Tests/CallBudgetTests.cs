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

/// <summary>A win's commission work stays within <see cref="CommissionBudget"/> however many transactions the period holds.</summary>
public sealed class CallBudgetTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Theory]
    [InlineData(10)] // one page
    [InlineData(6000)] // more than one 5,000-row page: a PeriodCumulative event reads no page of them
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

        output.WriteLine($"{transactions} transactions: {close} calls by OpportunityClosePlugin, {calls} of them commission, budget {CommissionBudget.CallsPerWin}");
        Assert.Equal(0, org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityCommissionPlugin).FullName!));
        Assert.True(calls <= CommissionBudget.CallsPerWin, $"{calls} calls, budget {CommissionBudget.CallsPerWin}");
        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(transactions + 1, org.Org.Rows("spm_commissionline").Count);
        Assert.Equal((transactions * 100m) + 1000m, CommissionOrg.Money(statement, "spm_creditamount"));
    }

    [Fact]
    public void Win_PerTransactionPlan_ReadsThePeriodsCreditsButWritesOnlyItsLine()
    {
        var org = CommissionOrg.CommissionOnly();
        for (var i = 0; i < 10; i++)
        {
            org.Won(org.Alice, 100m, "2026-02-01");
        }

        // PerTransaction, Marginal, Amount: 0–1,000 at 1 %, 1,000+ at 2 %; a payout cap of 20 (domain.md §6).
        var plan = org.Plan(new PlanSpec(WonRevenue, PerTransaction, Marginal, Amount, new Tier(0m, 1000m, 1m), new Tier(1000m, null, 2m)) { Cap = 20m });
        org.Assign(org.Alice, plan, org.Q1, 1000000m);
        var deal = org.Opportunity(org.Alice);

        org.Org.ServiceCalls.Reset();
        org.Win(deal, 1500m, "2026-01-05");
        var calls = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!) - CallBudget.OpportunityWinNothingToRecompute;

        output.WriteLine($"PerTransaction win: {calls} commission calls, budget {CommissionBudget.PerTransactionWin(11)}");
        Assert.True(calls <= CommissionBudget.PerTransactionWin(11), $"{calls} calls, budget {CommissionBudget.PerTransactionWin(11)}");
        var statement = org.Statement(org.Alice, org.Q1);
        // Ten lines of 1.00, then 1,000 × 1 % + 500 × 2 % = 20.00 held to the cap: 20 in all, the new line pays 10.00.
        Assert.Equal(20m, CommissionOrg.Money(statement, "spm_earnedamount"));
        var lines = org.Lines(statement.Id);
        Assert.Equal(20m, lines.Sum(l => CommissionOrg.Money(l, "spm_commissionamount")));
        Assert.Equal(10, lines.Count(l => CommissionOrg.Money(l, "spm_commissionamount") == 1m));
    }
}
