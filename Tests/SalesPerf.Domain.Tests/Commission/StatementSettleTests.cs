using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Domain.Tests.Commission;

/// <summary>SPM-STM-008: a statement leaves Open only after its period has ended (docs/domain-rules.md "Settling").</summary>
public class StatementSettleTests
{
    private static readonly CalendarDate Q2End = CalendarDate.Create(2026, 6, 30);

    [Theory]
    [InlineData(StatementStatus.Approved, 2026, 6, 30)] // the period's last day: deals can still be won in it
    [InlineData(StatementStatus.Disputed, 2026, 6, 30)]
    [InlineData(StatementStatus.Approved, 2026, 5, 15)] // mid-period
    public void CheckSettle_LeavingOpenWhileThePeriodRuns_ReportsStm008WithThePeriodAndItsEnd(StatementStatus to, int year, int month, int day)
    {
        var violation = Assert.Single(StatementWorkflow.CheckSettle(StatementStatus.Open, to, "FY2026 Q2", Q2End, CalendarDate.Create(year, month, day)));

        Assert.Equal(StatementRuleCodes.SettledBeforePeriodEnd, violation.Code);
        Assert.Equal(new[] { to.ToString(), "FY2026 Q2", "2026-06-30" }, violation.Arguments);
    }

    [Theory]
    [InlineData(StatementStatus.Open, StatementStatus.Approved, 2026, 7, 1)] // the day after the period: settles
    [InlineData(StatementStatus.Open, StatementStatus.Disputed, 2026, 7, 1)]
    [InlineData(StatementStatus.Open, StatementStatus.Open, 2026, 6, 30)] // no move out of Open
    [InlineData(StatementStatus.Disputed, StatementStatus.Open, 2026, 6, 30)] // back to Open: recomputed again
    [InlineData(StatementStatus.Disputed, StatementStatus.Approved, 2026, 6, 30)] // already out of Open
    [InlineData(StatementStatus.Approved, StatementStatus.Paid, 2026, 6, 30)]
    public void CheckSettle_AfterThePeriodOrNotLeavingOpen_Passes(StatementStatus from, StatementStatus to, int year, int month, int day)
    {
        Assert.Empty(StatementWorkflow.CheckSettle(from, to, "FY2026 Q2", Q2End, CalendarDate.Create(year, month, day)));
    }
}
