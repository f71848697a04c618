using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Tests.Periods;

public class CalendarDateTests
{
    [Fact]
    public void FromDateTime_UtcWithTime_KeepsOnlyTheDate()
    {
        var date = CalendarDate.FromDateTime(new DateTime(2026, 3, 31, 23, 59, 59, DateTimeKind.Utc));

        Assert.Equal(CalendarDate.Create(2026, 3, 31), date);
    }

    [Fact]
    public void FromDateTime_LocalKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => CalendarDate.FromDateTime(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local)));
    }

    [Theory]
    [InlineData(2026, 2, 29)] // 2026 is a common year
    [InlineData(2026, 13, 1)] // no 13th month
    [InlineData(2026, 4, 31)] // April has 30 days
    public void Create_NoSuchDay_Throws(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarDate.Create(year, month, day));
    }

    [Fact]
    public void Create_LeapDay_Exists()
    {
        Assert.Equal("2028-02-29", CalendarDate.Create(2028, 2, 29).ToString());
    }

    [Theory]
    [InlineData("2026-01-01", "2026-02-14", 44)] // the pace example's elapsed days
    [InlineData("2026-01-01", "2026-03-31", 89)] // the pace example's length
    [InlineData("2028-01-01", "2028-03-31", 90)] // leap year: one day more
    [InlineData("2026-03-31", "2026-01-01", -89)] // backwards is negative
    public void DaysUntil_TwoDates_IsTheDateDifference(string from, string to, int expected)
    {
        Assert.Equal(expected, Day.Of(from).DaysUntil(Day.Of(to)));
    }

    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")] // clipped to a shorter month
    [InlineData("2028-01-31", 1, "2028-02-29")] // clipped in a leap year
    [InlineData("2026-04-01", 12, "2027-04-01")] // a whole year
    public void AddMonths_MonthEnd_ClipsToShorterMonth(string from, int months, string expected)
    {
        Assert.Equal(Day.Of(expected), Day.Of(from).AddMonths(months));
    }

    [Fact]
    public void Comparison_EarlierDate_IsLess()
    {
        Assert.True(Day.Of("2026-01-01") < Day.Of("2026-01-02"));
        Assert.True(Day.Of("2026-01-02") >= Day.Of("2026-01-02"));
        Assert.Equal(-1, Day.Of("2025-12-31").CompareTo(Day.Of("2026-01-01")));
    }
}
