using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.Attainment;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// A win costs the same number of organisation-service calls whatever the data volume: the targets, the KPI actuals
/// (aggregates) and the scorecards are read in a fixed number of queries, and only changed rows are written.
/// </summary>
public sealed class CallBudgetTests
{
    [Theory]
    [InlineData(10)] // a small book
    [InlineData(10_000)] // a large book: the same calls
    public void Win_FourKpisThreePeriodsTeamParentScorecard_CallsWithinBudgetWhateverTheVolume(int existingOpportunities)
    {
        var org = new SalesOrg();
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var team = org.Org.CreateTeam("East", [alice, bob]);
        var periods = org.Fy2026();
        Seed(org, alice, existingOpportunities);
        var card = org.Scorecard(alice, periods.Q1);
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var parent = org.Target(team, revenue, periods.Q1, 500_000m, t => t["spm_rollupsource"] = new OptionSetValue(Measures.RollupChildTargets), "team");
        foreach (var kpi in new[] { revenue, org.Kpi("Won deals", Measures.WonDeals), org.Kpi("Win rate", Measures.WinRate), org.Kpi("Cycle", Measures.SalesCycleDays, direction: Measures.LowerIsBetter) })
        {
            org.Target(alice, kpi, periods.February, 10m);
            org.Target(alice, kpi, periods.Q1, 30m, t =>
            {
                t["spm_weight"] = 25m;
                t["spm_scorecardid"] = new EntityReference("spm_scorecard", card);
                if (kpi == revenue)
                {
                    t["spm_parenttargetid"] = new EntityReference("spm_target", parent);
                }
            });
            org.Target(alice, kpi, periods.Year, 120m);
        }

        var deal = org.Opportunity(alice, 20_000m, "2026-02-10", customer: org.Account("New Co"));

        var calls = org.CallsDuring(() => org.Win(deal, 20_000m, "2026-02-10"));

        // 9 reads (opportunity, customer's other wins, stamp, split users, targets, opportunity aggregate, split
        // aggregate, team parent with children, scorecard) + 12 targets + 1 parent + 1 scorecard written.
        var closePlugin = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!);
        Assert.True(closePlugin == CallBudget.OpportunityWinFourKpisThreePeriods, $"{closePlugin} calls: {org.CallLog()}");
        Assert.True(calls >= closePlugin, $"{calls} calls in total (other plug-ins on the win included): {org.CallLog()}");
        Assert.Equal(20_000m, org.Number("spm_target", parent, "spm_actualvalue"));
    }

    private static void Seed(SalesOrg org, Guid owner, int count)
    {
        // Open deals spread over the year: all inside the aggregate's scope, none changes the budget.
        var other = org.Account("Old Co");
        for (var i = 0; i < count; i++)
        {
            org.Opportunity(owner, 1_000m, new DateTime(2026, 1 + (i % 12), 1 + (i % 28), 0, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd"), customer: other);
        }
    }
}
