using System.Collections.Generic;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Attainment.Tests;

/// <summary>60,000 imported wins of one rep, seeded once for the tests of this class.</summary>
public sealed class SixtyThousandWins
{
    public QuarterBook Book { get; } = new(januaryWins: 40_000, marchWins: 20_000);
}

/// <summary>
/// An aggregate the platform refuses for reading more than 50,000 rows (AggregateQueryRecordLimit) is split by date and
/// its parts added up: sums and counts add, the average cycle is Σ days ÷ Σ deals over all parts. Below the limit
/// nothing is split and no call is added.
/// </summary>
public sealed class AggregateChunkingTests(SixtyThousandWins large) : IClassFixture<SixtyThousandWins>
{
    private static readonly string RecalculateApiName = typeof(RecalculateApi).FullName!;

    [Fact]
    public void Recalculate_QuarterOfSixtyThousandWins_GivesExactSumCountAndAverage()
    {
        var book = large.Book;

        var recalculated = book.Recalculate(book.Periods.Q1);

        Assert.Equal(4, recalculated); // three Q1 targets and the January one inside Q1
        Assert.Equal(120_000_000m, book.Actual(book.QuarterRevenue)); // 40,000 × 1,000 + 20,000 × 4,000
        Assert.Equal(60_000m, book.Actual(book.QuarterWonDeals));
        Assert.Equal(40_000_000m, book.Actual(book.JanuaryRevenue));

        // (40,000 × 10 + 20,000 × 40) ÷ 60,000 = 20 days; averaging the two parts' averages would give 25.
        Assert.Equal(20m, book.Actual(book.QuarterCycle));
        Assert.Equal(1_200_000m, book.Org.Number("spm_target", book.QuarterCycle, "spm_numerator"));
        Assert.Equal(60_000m, book.Org.Number("spm_target", book.QuarterCycle, "spm_denominator"));

        // The KPI was created without a direction: lower is better from its measure, so 25 ÷ 20 × 100.
        Assert.Equal(125m, book.Org.Number("spm_target", book.QuarterCycle, "spm_attainmentpercent"));
    }

    [Fact]
    public void Recalculate_QuarterOverTheLimit_CostsOneSplitMoreThanASmallBook()
    {
        var small = new QuarterBook(januaryWins: 4, marchWins: 2);
        var smallReads = ReadsOfRecalculation(small, small.Periods.Q1);

        var largeReads = ReadsOfRecalculation(large.Book, large.Book.Periods.Q1);

        // Q1 (90 days, 60,000 rows) is refused once; its halves 1 Jan – 14 Feb (40,000) and 15 Feb – 31 Mar (20,000) fit.
        Assert.Equal(smallReads + CallBudget.PerAggregateSplit, largeReads);
        Assert.Equal(120_000_000m, large.Book.Actual(large.Book.QuarterRevenue));
    }

    [Fact]
    public void Recalculate_MonthOfFortyThousandWins_BelowTheLimit_NoExtraCall()
    {
        var small = new QuarterBook(januaryWins: 4, marchWins: 2);
        var smallReads = ReadsOfRecalculation(small, small.Periods.January);

        var largeReads = ReadsOfRecalculation(large.Book, large.Book.Periods.January);

        Assert.Equal(smallReads, largeReads);
        Assert.Equal(40_000_000m, large.Book.Actual(large.Book.JanuaryRevenue));
    }

    [Fact]
    public void Win_InAYearOfSixtyThousandWins_YearTargetsGetTheExactTotal()
    {
        var smallCalls = CloseCallsOfAprilWin(new QuarterBook(januaryWins: 4, marchWins: 2));

        var largeCalls = CloseCallsOfAprilWin(large.Book);

        Assert.Equal(120_005_000m, large.Book.Actual(large.Book.YearRevenue)); // 120,000,000 imported + 5,000
        Assert.Equal(60_001m, large.Book.Actual(large.Book.YearWonDeals));

        // Only the year targets contain 10 April. The year (365 days, 60,001 rows) is refused, then 1 Jan – 1 Jul
        // (60,001), then 1 Jan – 1 Apr (60,000); 1 Jan – 14 Feb, 15 Feb – 1 Apr, 2 Apr – 1 Jul and 2 Jul – 31 Dec fit:
        // three splits. The small book's win writes the same two targets.
        Assert.Equal(smallCalls + (3 * CallBudget.PerAggregateSplit), largeCalls);
    }

    private static int CloseCallsOfAprilWin(QuarterBook book)
    {
        var deal = book.Org.Opportunity(book.Alice, 5_000m, "2026-04-10", customer: book.Org.Account("April customer"));
        book.Org.CallsDuring(() => book.Org.Win(deal, 5_000m, "2026-04-10"));
        return book.Org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!);
    }

    private static int ReadsOfRecalculation(QuarterBook book, System.Guid period)
    {
        book.Org.CallsDuring(() => book.Recalculate(period));
        return book.Org.Org.ServiceCalls.ByPluginAndMessage.GetValueOrDefault((RecalculateApiName, "RetrieveMultiple"));
    }
}
