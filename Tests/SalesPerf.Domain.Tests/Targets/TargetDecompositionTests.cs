using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Targets;

public class TargetDecompositionTests
{
    private static readonly FiscalPeriod[] Periods = FiscalCalendar.CalendarYear.Generate(2026).ToArray();
    private static readonly FiscalPeriod Year = Periods[0];

    [Fact]
    public void Plan_12000000ByQuarter_FourOf3000000InDateOrder()
    {
        var children = TargetDecomposition.Plan(12000000m, Year, PeriodType.Quarter, Periods.Reverse()).Value;

        Assert.Equal(new[] { "FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4" }, children.Select(c => c.Period.Code).ToArray());
        Assert.All(children, c => Assert.Equal(3000000m, c.TargetValue));
    }

    [Fact]
    public void Plan_12000000ByMonth_TwelveOf1000000()
    {
        var children = TargetDecomposition.Plan(12000000m, Year, PeriodType.Month, Periods).Value;

        Assert.Equal(12, children.Count);
        Assert.All(children, c => Assert.Equal(1000000m, c.TargetValue));
    }

    [Fact]
    public void Plan_100000ByMonth_RemainderOnDecember()
    {
        var children = TargetDecomposition.Plan(100000m, Year, PeriodType.Month, Periods).Value;

        Assert.All(children.Take(11), c => Assert.Equal(8333.33m, c.TargetValue));
        Assert.Equal("FY2026-M12", children[11].Period.Code);
        Assert.Equal(8333.37m, children[11].TargetValue);
    }

    [Fact]
    public void Plan_SeasonalQuarters_FollowsWeights()
    {
        var children = TargetDecomposition.Plan(12000000m, Year, PeriodType.Quarter, Periods, new[] { 10m, 20m, 30m, 40m }).Value;

        Assert.Equal(new[] { 1200000m, 2400000m, 3600000m, 4800000m }, children.Select(c => c.TargetValue).ToArray());
    }

    [Fact]
    public void Plan_WeightsNotSummingTo100_ReportsTgt005()
    {
        var result = TargetDecomposition.Plan(12000000m, Year, PeriodType.Quarter, Periods, new[] { 10m, 20m, 30m, 30m });

        Assert.Equal(RuleViolation.Of("SPM-TGT-005", 90m), Assert.Single(result.Violations));
    }

    [Fact]
    public void Plan_WeightsForWrongNumberOfChildren_ReportsTgt011()
    {
        var result = TargetDecomposition.Plan(12000000m, Year, PeriodType.Month, Periods, new[] { 25m, 25m, 25m, 25m });

        Assert.Equal(RuleViolation.Of("SPM-TGT-011", 4, 12), Assert.Single(result.Violations));
    }

    [Fact]
    public void Plan_QuarterIntoYear_ReportsTgt014()
    {
        var q1 = Periods.Single(p => p.Code == "FY2026-Q1");

        Assert.Equal("SPM-TGT-014", Assert.Single(TargetDecomposition.Plan(100m, q1, PeriodType.Year, Periods).Violations).Code);
    }

    [Fact]
    public void Plan_NoChildPeriodsStored_ReportsTgt013()
    {
        var result = TargetDecomposition.Plan(100m, Year, PeriodType.Month, Periods.Where(p => p.Type != PeriodType.Month));

        Assert.Equal(RuleViolation.Of("SPM-TGT-013", "FY2026", PeriodType.Month), Assert.Single(result.Violations));
    }

    [Fact]
    public void Plan_MissingMonth_ReportsTgt015WithTheGap()
    {
        var result = TargetDecomposition.Plan(100m, Year, PeriodType.Month, Periods.Where(p => p.Code != "FY2026-M05"));

        Assert.Equal(RuleViolation.Of("SPM-TGT-015", "FY2026", "2026-05-01"), Assert.Single(result.Violations));
    }

    [Fact]
    public void Plan_MissingLastMonth_ReportsTgt015()
    {
        var result = TargetDecomposition.Plan(100m, Year, PeriodType.Month, Periods.Where(p => p.Code != "FY2026-M12"));

        Assert.Equal(RuleViolation.Of("SPM-TGT-015", "FY2026", "2026-12-01"), Assert.Single(result.Violations));
    }

    [Fact]
    public void Plan_NegativeValue_ReportsTgt001()
    {
        Assert.Equal("SPM-TGT-001", Assert.Single(TargetDecomposition.Plan(-1m, Year, PeriodType.Month, Periods).Violations).Code);
    }

    [Fact]
    public void Plan_AprilFiscalYearByMonth_StartsInApril()
    {
        var april = FiscalCalendar.Create(4).Value.Generate(2026);

        var children = TargetDecomposition.Plan(120m, april[0], PeriodType.Month, april).Value;

        Assert.Equal(12, children.Count);
        Assert.Equal("2026-04-01", children[0].Period.Start.ToString());
        Assert.Equal("2027-03-31", children[11].Period.End.ToString());
    }
}
