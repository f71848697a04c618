using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests;

/// <summary>Winning a deal recomputes the owner's month, quarter and year targets in the same transaction.</summary>
public sealed class OpportunityWinTests
{
    [Fact]
    public void Win_RevenueTargetsOfMonthQuarterYear_ActualAttainmentScoreAndPaceFromTheDomainRules()
    {
        // Clock 14 Feb 2026; targets: Feb 100,000, Q1 100,000, FY 1,200,000.
        var org = new SalesOrg();
        var book = MonthQuarterYearRevenue.Seed(org);

        org.Win(book.Deal, 20_000m, "2026-02-10");

        book.AssertWonFor20000(org);
    }
}
