using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Tests.Periods;

public class FiscalCalendarTests
{
    private static readonly FiscalCalendar April = FiscalCalendar.Create(4).Value;

    [Fact]
    public void Generate_CalendarYear_GivesCodesOfTheDataModel()
    {
        var codes = FiscalCalendar.CalendarYear.Generate(2026).Select(p => p.Code).ToArray();

        Assert.Equal(
            new[]
            {
                "FY2026", "FY2026-H1", "FY2026-H2", "FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4",
                "FY2026-M01", "FY2026-M02", "FY2026-M03", "FY2026-M04", "FY2026-M05", "FY2026-M06",
                "FY2026-M07", "FY2026-M08", "FY2026-M09", "FY2026-M10", "FY2026-M11", "FY2026-M12",
            },
            codes);
    }

    [Theory]
    [InlineData("FY2026", PeriodType.Year, "2026-01-01", "2026-12-31", null)] // the year
    [InlineData("FY2026-H2", PeriodType.HalfYear, "2026-07-01", "2026-12-31", "FY2026")] // second half
    [InlineData("FY2026-Q1", PeriodType.Quarter, "2026-01-01", "2026-03-31", "FY2026-H1")] // the pace example's quarter
    [InlineData("FY2026-Q3", PeriodType.Quarter, "2026-07-01", "2026-09-30", "FY2026-H2")] // third quarter's parent is H2
    [InlineData("FY2026-M02", PeriodType.Month, "2026-02-01", "2026-02-28", "FY2026-Q1")] // February of a common year
    [InlineData("FY2026-M12", PeriodType.Month, "2026-12-01", "2026-12-31", "FY2026-Q4")] // last month
    public void Generate_CalendarYear_PeriodsHaveInclusiveDatesAndParents(string code, PeriodType type, string start, string end, string? parent)
    {
        var period = FiscalCalendar.CalendarYear.Generate(2026).Single(p => p.Code == code);

        Assert.Equal(type, period.Type);
        Assert.Equal(Day.Range(start, end), period.Range);
        Assert.Equal(parent, period.ParentCode);
        Assert.Equal(2026, period.FiscalYear);
    }

    [Theory]
    [InlineData("FY2026", "2026-04-01", "2027-03-31")] // named by the calendar year it starts in
    [InlineData("FY2026-H2", "2026-10-01", "2027-03-31")] // second half crosses the calendar year
    [InlineData("FY2026-Q1", "2026-04-01", "2026-06-30")] // Q1 starts in April
    [InlineData("FY2026-Q4", "2027-01-01", "2027-03-31")] // Q4 is the next calendar year's first quarter
    [InlineData("FY2026-M01", "2026-04-01", "2026-04-30")] // fiscal month 1 is April
    [InlineData("FY2026-M11", "2027-02-01", "2027-02-28")] // fiscal month 11 is February
    [InlineData("FY2027-M11", "2028-02-01", "2028-02-29")] // ... and a leap February two years on
    public void Period_AprilStart_UsesStartYearNameAndFiscalMonths(string code, string start, string end)
    {
        var fiscalYear = int.Parse(code.Substring(2, 4), System.Globalization.CultureInfo.InvariantCulture);
        var period = April.Generate(fiscalYear).Single(p => p.Code == code);

        Assert.Equal(Day.Range(start, end), period.Range);
    }

    [Fact]
    public void Generate_AnyStart_ChildrenTileTheirParents()
    {
        foreach (var start in Enumerable.Range(1, 12))
        {
            var periods = FiscalCalendar.Create(start).Value.Generate(2027);
            foreach (var child in periods.Where(p => p.ParentCode is not null))
            {
                Assert.True(periods.Single(p => p.Code == child.ParentCode).Range.Contains(child.Range), child.Code);
            }

            foreach (var type in new[] { PeriodType.HalfYear, PeriodType.Quarter, PeriodType.Month })
            {
                var ofType = periods.Where(p => p.Type == type).ToArray();
                Assert.Equal(periods[0].Start, ofType[0].Start);
                Assert.Equal(periods[0].End, ofType[ofType.Length - 1].End);
                for (var i = 1; i < ofType.Length; i++)
                {
                    Assert.Equal(ofType[i - 1].End.AddDays(1), ofType[i].Start);
                }
            }
        }
    }

    [Fact]
    public void Generate_LeapYear_YearHas366Days()
    {
        Assert.Equal(366, FiscalCalendar.CalendarYear.Generate(2028)[0].Range.DayCount);
        Assert.Equal(366, April.Generate(2027)[0].Range.DayCount);
    }

    [Theory]
    [InlineData("FY2026", "FY2026", "2026财年")] // year
    [InlineData("FY2026-H1", "FY2026 H1", "2026财年上半年")] // first half
    [InlineData("FY2026-H2", "FY2026 H2", "2026财年下半年")] // second half
    [InlineData("FY2026-Q3", "FY2026 Q3", "2026财年第3季度")] // a quarter
    [InlineData("FY2026-M01", "FY2026 M01 (April 2026)", "2026财年第1个月（2026年4月）")] // first fiscal month names its calendar month
    [InlineData("FY2026-M12", "FY2026 M12 (March 2027)", "2026财年第12个月（2027年3月）")] // last fiscal month is next calendar year
    public void Generate_AprilStart_NamesInEnglishAndChinese(string code, string english, string chinese)
    {
        var period = April.Generate(2026).Single(p => p.Code == code);

        Assert.Equal(english, period.Name.English);
        Assert.Equal(chinese, period.Name.Chinese);
    }

    [Theory]
    [InlineData(0)] // below January
    [InlineData(13)] // above December
    public void Create_StartMonthOutOfRange_ReportsPer005(int month)
    {
        Assert.Equal(RuleCodes.FiscalYearStartMonthInvalid, Assert.Single(FiscalCalendar.Create(month).Violations).Code);
    }

    [Theory]
    [InlineData(1, "2026-02-14", "FY2026", "FY2026-H1", "FY2026-Q1", "FY2026-M02")] // calendar fiscal year
    [InlineData(4, "2026-02-14", "FY2025", "FY2025-H2", "FY2025-Q4", "FY2025-M11")] // April start: February is late in the previous FY
    [InlineData(4, "2026-04-01", "FY2026", "FY2026-H1", "FY2026-Q1", "FY2026-M01")] // first day of an April fiscal year
    [InlineData(4, "2026-03-31", "FY2025", "FY2025-H2", "FY2025-Q4", "FY2025-M12")] // last day of the previous one
    [InlineData(1, "2028-02-29", "FY2028", "FY2028-H1", "FY2028-Q1", "FY2028-M02")] // leap day
    [InlineData(7, "2026-12-31", "FY2026", "FY2026-H1", "FY2026-Q2", "FY2026-M06")] // July start, New Year's Eve
    public void PeriodsContaining_Date_GivesOnePeriodOfEachType(int startMonth, string date, string year, string half, string quarter, string month)
    {
        var periods = FiscalCalendar.Create(startMonth).Value.PeriodsContaining(Day.Of(date));

        Assert.Equal(new[] { year, half, quarter, month }, periods.Select(p => p.Code).ToArray());
        Assert.All(periods, p => Assert.True(p.Range.Contains(Day.Of(date))));
    }

    [Theory]
    [InlineData(1, "FY2026-Q2", "FY2025-Q2")] // quarter
    [InlineData(1, "FY2026", "FY2025")] // year
    [InlineData(4, "FY2026-M11", "FY2025-M11")] // April start: February to February
    [InlineData(1, "FY2029-M02", "FY2028-M02")] // common February to leap February
    [InlineData(1, "FY2028-M02", "FY2027-M02")] // leap February to common February
    [InlineData(4, "FY2026-H2", "FY2025-H2")] // half crossing the calendar year
    public void OneFiscalYearEarlier_Period_IsSamePositionPreviousYear(int startMonth, string code, string expected)
    {
        var calendar = FiscalCalendar.Create(startMonth).Value;
        var fiscalYear = int.Parse(code.Substring(2, 4), System.Globalization.CultureInfo.InvariantCulture);
        var period = calendar.Generate(fiscalYear).Single(p => p.Code == code);

        var earlier = calendar.OneFiscalYearEarlier(period);

        Assert.Equal(expected, earlier.Code);
        Assert.Equal(calendar.Generate(fiscalYear - 1).Single(p => p.Code == expected), earlier);
    }
}
