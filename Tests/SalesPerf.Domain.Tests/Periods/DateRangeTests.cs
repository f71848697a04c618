using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Tests.Periods;

public class DateRangeTests
{
    [Fact]
    public void Create_EndBeforeStart_ReportsPer001()
    {
        var result = DateRange.Create(Day.Of("2026-03-31"), Day.Of("2026-01-01"));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(RuleCodes.PeriodEndBeforeStart, violation.Code);
        Assert.Equal(new[] { "2026-03-31", "2026-01-01" }, violation.Arguments);
    }

    [Fact]
    public void Create_OneDay_IsValidAndInclusive()
    {
        var range = DateRange.Create(Day.Of("2026-01-01"), Day.Of("2026-01-01")).Value;

        Assert.Equal(1, range.DayCount);
        Assert.True(range.Contains(Day.Of("2026-01-01")));
    }

    [Theory]
    [InlineData("2026-01-01", true)] // the start is inside
    [InlineData("2026-03-31", true)] // the end is inside
    [InlineData("2025-12-31", false)] // the day before
    [InlineData("2026-04-01", false)] // the day after
    public void Contains_QuarterBoundaries_AreInclusive(string date, bool expected)
    {
        Assert.Equal(expected, Day.Range("2026-01-01", "2026-03-31").Contains(Day.Of(date)));
    }

    [Theory]
    [InlineData("2026-03-31", "2026-04-30", true)] // sharing one day overlaps
    [InlineData("2026-04-01", "2026-04-30", false)] // adjacent does not
    [InlineData("2025-01-01", "2027-01-01", true)] // enclosing overlaps
    public void Overlaps_AgainstFirstQuarter_DetectsSharedDays(string start, string end, bool expected)
    {
        Assert.Equal(expected, Day.Range("2026-01-01", "2026-03-31").Overlaps(Day.Range(start, end)));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-03-31", "2025-01-01", "2025-03-31")] // a plain quarter
    [InlineData("2028-02-01", "2028-02-29", "2027-02-01", "2027-02-28")] // leap February to a common one
    [InlineData("2027-02-01", "2027-02-28", "2026-02-01", "2026-02-28")] // common February stays month-end
    [InlineData("2029-02-01", "2029-02-28", "2028-02-01", "2028-02-29")] // month-end into a leap February
    [InlineData("2026-01-10", "2026-02-20", "2025-01-10", "2025-02-20")] // arbitrary dates shift by a year
    public void OneYearEarlier_Range_KeepsMonthEnds(string start, string end, string expectedStart, string expectedEnd)
    {
        Assert.Equal(Day.Range(expectedStart, expectedEnd), Day.Range(start, end).OneYearEarlier());
    }

    [Theory]
    [InlineData("2026-04-01", "2026-06-30", "2026-01-01", "2026-03-31")] // Q2 → Q1
    [InlineData("2026-01-01", "2026-03-31", "2025-10-01", "2025-12-31")] // Q1 → last year's Q4
    [InlineData("2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28")] // March → February (28 days)
    [InlineData("2028-03-01", "2028-03-31", "2028-02-01", "2028-02-29")] // March → leap February
    [InlineData("2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31")] // year → previous year
    [InlineData("2026-04-01", "2027-03-31", "2025-04-01", "2026-03-31")] // April fiscal year
    [InlineData("2026-01-10", "2026-01-19", "2025-12-31", "2026-01-09")] // 10 days → the 10 days before
    public void Previous_Range_SameLengthJustBefore(string start, string end, string expectedStart, string expectedEnd)
    {
        Assert.Equal(Day.Range(expectedStart, expectedEnd), Day.Range(start, end).Previous());
    }
}
