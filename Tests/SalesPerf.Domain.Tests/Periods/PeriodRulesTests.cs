using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Tests.Periods;

public class PeriodRulesTests
{
    private static readonly FiscalPeriod[] Stored = FiscalCalendar.CalendarYear.Generate(2026).ToArray();
    private static readonly FiscalPeriod Year = Stored[0];

    [Fact]
    public void Validate_NextYearsFirstQuarter_HasNoViolations()
    {
        var nextYear = FiscalCalendar.CalendarYear.Generate(2027)[0];

        var violations = PeriodRules.Validate("FY2027-Q1", PeriodType.Quarter, Day.Of("2027-01-01"), Day.Of("2027-03-31"), nextYear, Stored);

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_EndBeforeStart_ReportsPer001Only()
    {
        var violations = PeriodRules.Validate("X", PeriodType.Month, Day.Of("2027-01-31"), Day.Of("2027-01-01"), null, Stored);

        Assert.Equal(RuleCodes.PeriodEndBeforeStart, Assert.Single(violations).Code);
    }

    [Fact]
    public void Validate_OverlappingQuarter_ReportsPer002WithTheOtherPeriod()
    {
        var violations = PeriodRules.Validate("Q-X", PeriodType.Quarter, Day.Of("2026-03-01"), Day.Of("2026-05-31"), Year, Stored);

        Assert.Equal(
            new[]
            {
                RuleViolation.Of(RuleCodes.PeriodOverlap, "FY2026-Q1", "2026-01-01", "2026-03-31"),
                RuleViolation.Of(RuleCodes.PeriodOverlap, "FY2026-Q2", "2026-04-01", "2026-06-30"),
            },
            violations);
    }

    [Fact]
    public void Validate_OverlapWithOtherType_IsAllowed()
    {
        var violations = PeriodRules.Validate("FY2026-Q1", PeriodType.Quarter, Day.Of("2026-01-01"), Day.Of("2026-03-31"), Year, Stored);

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_UpdateOfStoredPeriod_DoesNotOverlapItself()
    {
        var violations = PeriodRules.Validate("fy2026-m01", PeriodType.Month, Day.Of("2026-01-01"), Day.Of("2026-01-31"), Stored[3], Stored);

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_ChildOutsideParent_ReportsPer003()
    {
        var q1 = Stored.Single(p => p.Code == "FY2026-Q1");

        var violations = PeriodRules.Validate("M-X", PeriodType.Month, Day.Of("2027-04-01"), Day.Of("2027-04-30"), q1, Stored);

        Assert.Equal(RuleViolation.Of(RuleCodes.PeriodOutsideParent, "FY2026-Q1", "2026-01-01", "2026-03-31"), Assert.Single(violations));
    }

    [Fact]
    public void Validate_ParentOfSameType_ReportsPer004()
    {
        var q1 = Stored.Single(p => p.Code == "FY2026-Q1");

        var violations = PeriodRules.Validate("Q-X", PeriodType.Quarter, Day.Of("2027-01-01"), Day.Of("2027-03-31"), q1, Stored);

        Assert.Contains(violations, v => v.Code == RuleCodes.PeriodParentTypeInvalid);
        Assert.Contains(violations, v => v.Code == RuleCodes.PeriodOutsideParent);
    }
}
