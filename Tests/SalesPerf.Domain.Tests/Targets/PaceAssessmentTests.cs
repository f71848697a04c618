using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Targets;
using SalesPerf.Domain.Tests.Periods;

namespace SalesPerf.Domain.Tests.Targets;

public class PaceAssessmentTests
{
    private static readonly DateRange Q1 = Day.Range("2026-01-01", "2026-03-31");
    private static readonly CalendarDate Feb14 = Day.Of("2026-02-14");

    // domain.md 4: 100,000 for Q1 expects 49,438.20 on 14 Feb.
    private const decimal Expected = 49438.20m;

    private static PaceStatus? Revenue(decimal? actual, string today = "2026-02-14", KpiDirection direction = KpiDirection.HigherIsBetter)
    {
        var measured = actual is decimal value ? Actual.FromValue(value) : Actual.None;
        var day = Day.Of(today);
        var expected = Pace.ExpectedToDate(100000m, Q1, day);
        var attainment = Attainment.Compute(measured, 100000m, direction, 150m);
        return PaceAssessment.Assess(measured, 100000m, expected, attainment, direction, Q1, day);
    }

    [Fact]
    public void Assess_ActualJustBelowExpectedToDate_BehindPace()
    {
        Assert.Equal(PaceStatus.BehindPace, Revenue(Expected - 0.01m));
    }

    [Fact]
    public void Assess_ActualAtExpectedToDate_OnPace()
    {
        Assert.Equal(PaceStatus.OnPace, Revenue(Expected));
    }

    [Fact]
    public void Assess_NoRecordsYetMidPeriod_BehindPace()
    {
        // A sum with no record is 0 so far: 0 < 49,438.20.
        Assert.Equal(PaceStatus.BehindPace, Revenue(null));
    }

    [Fact]
    public void Assess_NoRecordsOnFirstDay_OnPace()
    {
        Assert.Equal(PaceStatus.OnPace, Revenue(null, "2026-01-01"));
    }

    [Fact]
    public void Assess_HigherIsBetterSumReachesTargetMidPeriod_Achieved()
    {
        Assert.Equal(PaceStatus.Achieved, Revenue(100000m));
    }

    [Fact]
    public void Assess_HigherIsBetterSumJustBelowTargetOnLastDay_BehindPace()
    {
        // 99,994.99 of 100,000 is 99.99 % once rounded (the attainment the user sees); 99,995 would show 100.00 %.
        Assert.Equal(PaceStatus.BehindPace, Revenue(99994.99m, "2026-03-31"));
        Assert.Equal(PaceStatus.Achieved, Revenue(99995m, "2026-03-31"));
    }

    [Fact]
    public void Assess_LowerIsBetterSumAboveExpectedToDate_BehindPace()
    {
        Assert.Equal(PaceStatus.BehindPace, Revenue(Expected + 0.01m, direction: KpiDirection.LowerIsBetter));
    }

    [Fact]
    public void Assess_LowerIsBetterSumWithinTargetBeforeTheEnd_OnPaceNotAchieved()
    {
        // Attainment 100,000 ÷ 40,000 = 250 %, but more records can still arrive before 31 Mar.
        Assert.Equal(PaceStatus.OnPace, Revenue(40000m, direction: KpiDirection.LowerIsBetter));
    }

    [Fact]
    public void Assess_LowerIsBetterSumWithinTargetOnLastDay_Achieved()
    {
        Assert.Equal(PaceStatus.Achieved, Revenue(90000m, "2026-03-31", KpiDirection.LowerIsBetter));
    }

    [Fact]
    public void Assess_RatioBelowTargetMidPeriod_BehindPace()
    {
        // Win rate target 25 %, actual 20 % (domain.md 4): a rate is compared with the target itself.
        var actual = Actual.FromRatio(1m, 5m);
        var attainment = Attainment.Compute(actual, 25m, KpiDirection.HigherIsBetter, 150m);
        Assert.Equal(PaceStatus.BehindPace, PaceAssessment.Assess(actual, 25m, null, attainment, KpiDirection.HigherIsBetter, Q1, Feb14));
    }

    [Fact]
    public void Assess_RatioAboveTargetMidPeriod_OnPaceUntilTheEnd()
    {
        var actual = Actual.FromRatio(2m, 5m);
        var attainment = Attainment.Compute(actual, 25m, KpiDirection.HigherIsBetter, 150m);
        Assert.Equal(PaceStatus.OnPace, PaceAssessment.Assess(actual, 25m, null, attainment, KpiDirection.HigherIsBetter, Q1, Feb14));
        Assert.Equal(PaceStatus.Achieved, PaceAssessment.Assess(actual, 25m, null, attainment, KpiDirection.HigherIsBetter, Q1, Day.Of("2026-03-31")));
    }

    [Fact]
    public void Assess_LowerIsBetterAverageAboveTarget_BehindPace()
    {
        // Sales cycle target 60 days, actual 70: worse than the target.
        var actual = Actual.FromAverage(140m, 2m);
        var attainment = Attainment.Compute(actual, 60m, KpiDirection.LowerIsBetter, 150m);
        Assert.Equal(PaceStatus.BehindPace, PaceAssessment.Assess(actual, 60m, null, attainment, KpiDirection.LowerIsBetter, Q1, Feb14));
    }

    [Fact]
    public void Assess_RatioWithoutActual_NoStatus()
    {
        Assert.Null(PaceAssessment.Assess(Actual.None, 25m, null, null, KpiDirection.HigherIsBetter, Q1, Feb14));
    }
}
