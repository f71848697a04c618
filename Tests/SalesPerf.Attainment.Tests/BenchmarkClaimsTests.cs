using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Benchmarks.Harness;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Commission;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// The claims of docs/benchmarks.md, checked with the benchmark's own harness (counts only, never time): a win costs
/// the engine the same calls and rows read whatever the book's size, and the naive recompute reads every row.
/// </summary>
public sealed class BenchmarkClaimsTests
{
    [Fact]
    public void EngineWin_CallsAndRowsRead_AreTheSameAt10And1000Opportunities()
    {
        var small = SalesBook.Seed(10);
        var large = SalesBook.Seed(1_000);

        var smallCost = small.MeasureWin();
        var largeCost = large.MeasureWin();

        Assert.Equal(smallCost, largeCost);
        Assert.True(smallCost.RowsRead > 0, "the win's plug-ins read rows");
        foreach (var book in new[] { small, large })
        {
            // The worked case of docs/attainment.md: 9 reads + 12 targets + 1 team parent + 1 scorecard, then the
            // commission part of the same step for the owner, who holds no commission assignment.
            Assert.Equal(
                CallBudget.OpportunityWinFourKpisThreePeriods + CommissionBudget.WithoutAssignments(creditedUsers: 1),
                book.Org.ServiceCalls.ByPlugin[typeof(OpportunityClosePlugin).FullName!]);
        }
    }

    [Fact]
    public void BackDatedWin_Calls_AreTheSameOn10And1000LineStatementsAndWithinTheEventBudget()
    {
        var small = CommissionBook.Seed(10).MeasureBackDatedWin();
        var large = CommissionBook.Seed(1_000).MeasureBackDatedWin();

        // docs/benchmarks.md "Late events": the win's close step, attainment part (no target) and commission part.
        Assert.Equal(small.Calls, large.Calls);
        Assert.True(large.Calls - CallBudget.OpportunityWinNothingToRecompute <= CommissionBudget.CallsPerWin, $"{large.Calls} calls");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1_000)]
    [InlineData(5_001)] // two pages of 5,000
    public void NaiveRecompute_ReadsEveryOpportunityOfTheRep_OnePagePer5000(int opportunities)
    {
        var book = SalesBook.Seed(opportunities);

        var naive = NaiveRecompute.Run(book.Org.Service, book.Rep, SalesBook.EventPeriods);

        Assert.Equal(opportunities, naive.Cost.RowsRead);
        Assert.Equal((opportunities + NaiveRecompute.PageSize - 1) / NaiveRecompute.PageSize, naive.Cost.Calls);
    }

    [Fact]
    public void EngineAndNaiveRecompute_AgreeOnTheYearRevenueAfterTheWin()
    {
        var book = SalesBook.Seed(1_000);
        book.MeasureWin();

        var naive = NaiveRecompute.Run(book.Org.Service, book.Rep, SalesBook.EventPeriods);

        // FY2026's won deals: pattern slot 7 (1,700 each) once per ten deals = 100 × 1,700, plus the measured win.
        const decimal expected = (100 * 1_700m) + SalesBook.EventRevenue;
        Assert.Equal(expected, naive.Periods.Single(p => p.Period.Code == "FY2026").Revenue);
        Assert.Equal(expected, book.TargetActual(book.YearRevenueTarget));
        Assert.Equal(expected, book.TargetActual(book.TeamRevenueTarget));
    }

    [Fact]
    public void Seeding_BypassedRequestsRunNoStepOfTheirOwn()
    {
        var book = SalesBook.Seed(20);

        // The loading requests: Create of accounts and opportunities, Win and Lose. Their internal Create of the
        // opportunityclose and Update of the opportunity are the platform's, and still run steps here.
        var own = book.StepsRunWhileLoading
            .Where(e => e.Message is "Win" or "Lose" || (e.Message == "Create" && e.PrimaryEntity is "opportunity" or "account"))
            .Select(e => $"{e.PluginType} {e.Message} {e.PrimaryEntity}")
            .ToList();
        Assert.Empty(own);
        Assert.DoesNotContain(book.StepsRunWhileLoading, e => e.Outcome == StepOutcome.Failed);
    }

    [Fact]
    public void SeedPattern_KeepsEveryFiscalYearUnderTheAggregateLimitAt100000()
    {
        // Dataverse refuses an aggregate over more than 50,000 rows (AggregateQueryRecordLimit).
        const int aggregateLimit = 50_000;

        var perYear = CountByYear(100_000);

        Assert.Equal([2022, 2023, 2024, 2025, 2026], perYear.Keys.Order());
        Assert.All(perYear.Values, count => Assert.True(count <= aggregateLimit, $"{count} rows in one year"));
        Assert.Equal(30_000, perYear[2026]);
    }

    private static Dictionary<int, int> CountByYear(int count) =>
        Enumerable.Range(0, count).Select(SeedPattern.At).GroupBy(s => s.CloseDate.Year).ToDictionary(g => g.Key, g => g.Count());
}
