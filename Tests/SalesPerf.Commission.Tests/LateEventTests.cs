using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.TargetPlanning;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// Late events (docs/domain-rules.md "Late events"): a win, reopen or split change dated early in a period writes only its
/// own line and the statement, within <see cref="CommissionBudget.CallsPerEvent"/> calls whatever the statement holds,
/// and the statement still pays the commission on its period total.
/// Plan: PeriodCumulative, Marginal, Amount, 0–100,000 at 4 %, 100,000+ at 6 %; 1,000 deals of 100 won in February.
/// </summary>
public sealed class LateEventTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int SeededLines = 1000;

    [Fact]
    public void Win_BackDatedOnAThousandLineStatement_WritesOnlyItsLineWithinTheBudget()
    {
        var (org, _) = LongStatement();
        var before = Amounts(org);
        var deal = org.Opportunity(org.Alice);

        org.Org.ServiceCalls.Reset();
        org.Win(deal, 1000m, "2026-01-02");
        var calls = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!) - CallBudget.OpportunityWinNothingToRecompute;

        output.WriteLine($"back-dated win on {SeededLines} lines: {calls} commission calls");
        Assert.True(calls <= CommissionBudget.CallsPerEvent, $"{calls} calls, budget {CommissionBudget.CallsPerEvent}");
        var statement = org.Statement(org.Alice, org.Q1);
        // 100,000 × 4 % + 1,000 × 6 % (domain.md §6, marginal): the late deal is priced on top of the period total.
        Assert.Equal(4060m, CommissionOrg.Money(statement, "spm_earnedamount"));
        Assert.Equal(101000m, CommissionOrg.Money(statement, "spm_creditamount"));
        var after = Amounts(org);
        Assert.Equal(before, after.Where(l => l.Key != deal).ToDictionary(l => l.Key, l => l.Value));
        Assert.Equal(SeededLines + 1, after.Count);
        Assert.Equal(60m, after[deal]);
        Assert.Equal(4060m, after.Values.Sum());
        Assert.Contains("Dated 2026-01-02, before lines already on this statement", Line(org, deal).GetAttributeValue<string>("spm_trace"));
    }

    [Fact]
    public void Reopen_DealEarlyInAThousandLineStatement_KeepsTheCatchUpOnItsLineWithinTheBudget()
    {
        var (org, seeded) = LongStatement();
        var late = org.Won(org.Alice, 1000m, "2026-01-02");
        var first = seeded[0];
        var before = Amounts(org);

        org.Org.ServiceCalls.Reset();
        org.Reopen(first);
        var calls = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityCommissionPlugin).FullName!);

        output.WriteLine($"reopen on {SeededLines + 1} lines: {calls} commission calls");
        Assert.True(calls <= CommissionBudget.CallsPerEvent, $"{calls} calls, budget {CommissionBudget.CallsPerEvent}");
        var statement = org.Statement(org.Alice, org.Q1);
        // Period total 100,900: 100,000 × 4 % + 900 × 6 % = 4,054. The other lines hold 4,056 (999 × 4.00 + 60.00), so
        // the reopened deal's line keeps −2.00 with credit 0: the catch-up of the later line priced on the higher total.
        Assert.Equal(100900m, CommissionOrg.Money(statement, "spm_creditamount"));
        Assert.Equal(4054m, CommissionOrg.Money(statement, "spm_earnedamount"));
        var after = Amounts(org);
        Assert.Equal(before.Where(l => l.Key != first).ToDictionary(l => l.Key, l => l.Value), after.Where(l => l.Key != first).ToDictionary(l => l.Key, l => l.Value));
        Assert.Equal(-2m, after[first]);
        Assert.Equal(0m, CommissionOrg.Money(Line(org, first), "spm_creditamount"));
        Assert.Equal(60m, after[late]);
        Assert.Contains("No longer credited on this statement", Line(org, first).GetAttributeValue<string>("spm_trace"));
    }

    [Fact]
    public void SplitAdded_BackDatedDealOnAThousandLineStatement_DividesItWithinTheBudget()
    {
        var (org, _) = LongStatement();
        var plan = org.Org.Rows("spm_commissionplan").Single().Id;
        org.Assign(org.Bob, plan, org.Q1, 1000000m, "Bob Q1");
        var late = org.Won(org.Alice, 1000m, "2026-01-02");
        var before = Amounts(org);

        org.Org.ServiceCalls.Reset();
        org.Split(late, org.Bob, 30m);
        var calls = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(DealSplitCommissionPlugin).FullName!);

        output.WriteLine($"split on {SeededLines + 1} lines: {calls} commission calls");
        Assert.True(calls <= CommissionBudget.CallsPerEvent, $"{calls} calls, budget {CommissionBudget.CallsPerEvent}");
        var alice = org.Statement(org.Alice, org.Q1);
        // Alice keeps 700: 100,700 → 100,000 × 4 % + 700 × 6 % = 4,042; Bob's 300 at 4 % = 12.
        Assert.Equal(100700m, CommissionOrg.Money(alice, "spm_creditamount"));
        Assert.Equal(4042m, CommissionOrg.Money(alice, "spm_earnedamount"));
        Assert.Equal(12m, CommissionOrg.Money(org.Statement(org.Bob, org.Q1), "spm_earnedamount"));
        var after = Amounts(org);
        Assert.Equal(before.Where(l => l.Key != late).ToDictionary(l => l.Key, l => l.Value), after.Where(l => l.Key != late).ToDictionary(l => l.Key, l => l.Value));
        Assert.Equal(42m, after[late]);
    }

    [Fact]
    public void Wins_InAnyOrder_GiveTheSameTotalsAndRecalculationChangesNone()
    {
        var deals = new[] { (20000m, "2026-01-05"), (90000m, "2026-03-20"), (45000m, "2026-02-10"), (30000m, "2026-01-15") };
        var forward = StatementAfter(deals.OrderBy(d => d.Item2), out _);
        var backward = StatementAfter(deals.OrderByDescending(d => d.Item2), out var org);

        foreach (var column in new[] { "spm_creditamount", "spm_earnedamount", "spm_payableamount" })
        {
            Assert.Equal(CommissionOrg.Money(forward, column), CommissionOrg.Money(backward, column));
        }

        // 185,000: 100,000 × 4 % + 85,000 × 6 % = 9,100.
        Assert.Equal(9100m, CommissionOrg.Money(backward, "spm_earnedamount"));
        RecalculateRun.ToEnd(org.Service, null, new EntityReference("systemuser", org.Alice));
        var recalculated = org.Statement(org.Alice, org.Q1);
        Assert.Equal(9100m, CommissionOrg.Money(recalculated, "spm_earnedamount"));
        Assert.Equal(9100m, org.Lines(recalculated.Id).Sum(l => CommissionOrg.Money(l, "spm_commissionamount")));
    }

    private static Entity StatementAfter(IEnumerable<(decimal Revenue, string Date)> deals, out CommissionOrg org)
    {
        org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, 100000m, 4m), new Tier(100000m, null, 6m)));
        org.Assign(org.Alice, plan, org.Q1, 1000000m);
        foreach (var (revenue, date) in deals)
        {
            org.Won(org.Alice, revenue, date);
        }

        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(CommissionOrg.Money(statement, "spm_earnedamount"), org.Lines(statement.Id).Sum(l => CommissionOrg.Money(l, "spm_commissionamount")));
        return statement;
    }

    /// <summary>Alice's Q1 statement with 1,000 lines of 100 each, dated in February, built by the plan assignment.</summary>
    private static (CommissionOrg Org, IReadOnlyList<Guid> Deals) LongStatement()
    {
        var org = CommissionOrg.CommissionOnly();
        var deals = Enumerable.Range(0, SeededLines).Select(_ => org.Won(org.Alice, 100m, "2026-02-01")).ToList();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, 100000m, 4m), new Tier(100000m, null, 6m)));
        org.Assign(org.Alice, plan, org.Q1, 1000000m);
        Assert.Equal(4000m, CommissionOrg.Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
        return (org, deals);
    }

    /// <summary>Alice's line amounts by deal.</summary>
    private static Dictionary<Guid, decimal> Amounts(CommissionOrg org) =>
        org.Org.Rows("spm_commissionline").Where(l => l.GetAttributeValue<EntityReference>("ownerid").Id == org.Alice)
            .ToDictionary(l => l.GetAttributeValue<EntityReference>("spm_opportunityid").Id, l => CommissionOrg.Money(l, "spm_commissionamount"));

    private static Entity Line(CommissionOrg org, Guid deal) =>
        org.Org.Rows("spm_commissionline").Single(l => l.GetAttributeValue<EntityReference>("spm_opportunityid")?.Id == deal && l.GetAttributeValue<EntityReference>("ownerid").Id == org.Alice);
}
