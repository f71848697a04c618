using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Commission;

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
        var book = WinBudgetBook.Seed(org, alice => Seed(org, alice, existingOpportunities));

        var calls = org.CallsDuring(() => org.Win(book.Deal, 20_000m, "2026-02-10"));

        // 9 reads (opportunity, customer's other wins, stamp, split users, targets, opportunity aggregate, split
        // aggregate, team parent with children, scorecard) + 12 targets + 1 parent + 1 scorecard written; then the
        // commission part of the same step (Alice holds no assignment: her assignments, the deal's lines). The row and
        // the split users are read once for both parts.
        var closePlugin = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!);
        var expected = CallBudget.OpportunityWinFourKpisThreePeriods + CommissionBudget.WithoutAssignments(creditedUsers: 1);
        Assert.True(closePlugin == expected, $"{closePlugin} calls: {org.CallLog()}");
        Assert.True(calls >= closePlugin, $"{calls} calls in total (other plug-ins on the win included): {org.CallLog()}");
        Assert.Equal(20_000m, org.Number("spm_target", book.TeamTarget, "spm_actualvalue"));
    }

    private static void Seed(SalesOrg org, Guid owner, int count)
    {
        // Open deals spread over the year and over every probability 0–100 (and empty): all inside the aggregate's
        // scope; the probability groups of the weighted projection add groups, never calls, so none changes the budget.
        var other = org.Account("Old Co");
        for (var i = 0; i < count; i++)
        {
            org.Opportunity(
                owner, 1_000m, new DateTime(2026, 1 + (i % 12), 1 + (i % 28), 0, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd"), customer: other,
                probability: i % 102 == 101 ? null : i % 102);
        }
    }
}
