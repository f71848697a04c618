using CsCheck;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Targets;
using SalesPerf.Domain.Tests.Periods;

namespace SalesPerf.Domain.Tests.Targets;

public class PaceTests
{
    private static readonly DateRange Q1 = Day.Range("2026-01-01", "2026-03-31");

    [Fact]
    public void ExpectedToDate_MidQuarter_MatchesDomainExample()
    {
        Assert.Equal(49438.20m, Pace.ExpectedToDate(100000m, Q1, Day.Of("2026-02-14")));
    }

    public static TheoryData<string, decimal> Rows => new()
    {
        { "2025-12-15", 0m }, // before the start: nothing expected
        { "2026-01-01", 0m }, // on the first day: nothing yet
        { "2026-01-02", 1123.60m }, // 100,000 × 1 ÷ 89 = 1,123.595… rounds up
        { "2026-03-30", 98876.40m }, // 100,000 × 88 ÷ 89
        { "2026-03-31", 100000m }, // the last day: the whole target
        { "2026-06-30", 100000m }, // after the end: the whole target
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ExpectedToDate_Day_ClampedToZeroAndTarget(string today, decimal expected)
    {
        Assert.Equal(expected, Pace.ExpectedToDate(100000m, Q1, Day.Of(today)));
    }

    [Fact]
    public void ExpectedToDate_LeapYearQuarter_Uses90Days()
    {
        // 1 Jan – 31 Mar 2028 is 90 days apart: 100,000 × 44 ÷ 90 = 48,888.888… → 48,888.89.
        Assert.Equal(48888.89m, Pace.ExpectedToDate(100000m, Day.Range("2028-01-01", "2028-03-31"), Day.Of("2028-02-14")));
    }

    [Fact]
    public void ExpectedToDate_OneDayPeriod_IsTargetOnThatDay()
    {
        var day = Day.Range("2026-05-01", "2026-05-01");

        Assert.Equal(0m, Pace.ExpectedToDate(500m, day, Day.Of("2026-04-30")));
        Assert.Equal(500m, Pace.ExpectedToDate(500m, day, Day.Of("2026-05-01")));
    }

    [Fact]
    public void ExpectedToDate_AnyDay_StaysWithinZeroAndTargetAndNeverFalls()
    {
        Gen.Select(Gen.Long[0, 100_000_000_000], Gen.Int[-30, 120]).Sample((cents, offset) =>
        {
            var target = cents / 100m;
            var today = Q1.Start.AddDays(offset);

            var pace = Pace.ExpectedToDate(target, Q1, today);

            Assert.InRange(pace, 0m, target);
            Assert.True(Pace.ExpectedToDate(target, Q1, today.AddDays(1)) >= pace);
        });
    }
}
