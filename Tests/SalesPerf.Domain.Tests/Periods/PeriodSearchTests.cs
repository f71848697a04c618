using System.Linq;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Tests.Periods;

public class PeriodSearchTests
{
    private static readonly FiscalPeriod[] Stored =
        FiscalCalendar.CalendarYear.Generate(2025).Concat(FiscalCalendar.CalendarYear.Generate(2026)).ToArray();

    [Fact]
    public void Containing_Date_GivesYearHalfQuarterMonth()
    {
        var codes = PeriodSearch.Containing(Stored, Day.Of("2026-02-14")).Select(p => p.Code).ToArray();

        Assert.Equal(new[] { "FY2026", "FY2026-H1", "FY2026-Q1", "FY2026-M02" }, codes);
    }

    [Fact]
    public void Containing_DateWithoutPeriods_IsEmpty()
    {
        Assert.Empty(PeriodSearch.Containing(Stored, Day.Of("2030-01-01")));
    }

    [Theory]
    [InlineData("FY2026-Q3", "FY2025-Q3")] // a quarter
    [InlineData("FY2026-M02", "FY2025-M02")] // a month
    [InlineData("FY2026", "FY2025")] // the year
    public void OneFiscalYearEarlier_StoredPeriod_FindsSameTypeAYearBefore(string code, string expected)
    {
        var earlier = PeriodSearch.OneFiscalYearEarlier(Stored.Single(p => p.Code == code), Stored);

        Assert.Equal(expected, earlier?.Code);
    }

    [Fact]
    public void OneFiscalYearEarlier_NoEarlierPeriodStored_IsNull()
    {
        Assert.Null(PeriodSearch.OneFiscalYearEarlier(Stored.Single(p => p.Code == "FY2025-Q1"), Stored));
    }

    [Fact]
    public void ChildrenOf_YearByQuarter_GivesFourInDateOrder()
    {
        var year = Stored.Single(p => p.Code == "FY2026");

        var children = PeriodSearch.ChildrenOf(year, PeriodType.Quarter, Stored.Reverse());

        Assert.Equal(new[] { "FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4" }, children.Select(p => p.Code).ToArray());
    }
}
