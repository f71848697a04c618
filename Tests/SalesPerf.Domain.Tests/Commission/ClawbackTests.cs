using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using static SalesPerf.Domain.Tests.Commission.CommissionFixture;

namespace SalesPerf.Domain.Tests.Commission;

public class ClawbackTests
{
    private static readonly CommissionPlan Plan90Days = CommissionPlan.Create(
        CommissionBasis.WonRevenue, TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, new[] { Tier(0m, null, 4m) }, clawbackDays: 90).Value;

    private static readonly PaidLine PaidOnApprovedStatement = new("deal-1", Date("2025-12-15"), 12_500m, 100m, 500m);

    [Fact]
    public void Compute_PaidDealReversedWithinWindow_ClawbackLineOfMinus500OnOpenStatement()
    {
        var sources = StatementSources.Create(
            Plan90Days, 100_000m, Q1, Transactions(10_000m), paidLines: new[] { PaidOnApprovedStatement },
            reversals: new[] { new TransactionReversal("deal-1", Date("2026-01-20")) }).Value;

        var statement = StatementCalculator.Compute(sources);

        var clawback = Assert.Single(statement.Lines, l => l.Kind == CommissionLineKind.Clawback);
        Assert.Equal(-500m, clawback.CommissionAmount);
        Assert.Equal("deal-1", clawback.SourceId);
        Assert.Equal(-500m, statement.ClawbackAmount);
        Assert.Equal(400m, statement.EarnedAmount);
        Assert.Equal(-100m, statement.PayableAmount);
        Assert.Equal(10_000m, statement.CreditAmount); // the clawback does not touch this period's credit or attainment
        Assert.Equal(
            "Clawback: deal deal-1, credited 12,500.00 on 2025-12-15, was paid 500.00 on a closed statement and reversed on 2026-01-20, 36 days later (within the plan's 90 days), so -500.00 is taken back.",
            clawback.Trace.English);
    }

    [Theory]
    [InlineData("2026-03-15", 0)] // 90 days later: the last day of the window
    [InlineData("2026-03-16", 1)] // 91 days later: outside the window
    public void Compute_ReversalDate_ClawedBackOnlyWithinClawbackDays(string reversedOn, int outsideWindow)
    {
        var lines = Clawbacks.Compute(Plan90Days, new[] { PaidOnApprovedStatement }, new[] { new TransactionReversal("deal-1", Date(reversedOn)) });

        Assert.Equal(1 - outsideWindow, lines.Count);
    }

    [Fact]
    public void Compute_ClawbackAlreadyOnClosedStatement_IsNotTakenTwice()
    {
        var paid = new[] { PaidOnApprovedStatement, new PaidLine("deal-1", Date("2026-01-20"), 0m, 100m, -500m) };

        var lines = Clawbacks.Compute(Plan90Days, paid, new[] { new TransactionReversal("deal-1", Date("2026-01-20")) });

        Assert.Empty(lines);
    }

    [Fact]
    public void Compute_PlanWithoutClawbackDays_NeverClawsBack()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, 4m));

        var lines = Clawbacks.Compute(plan, new[] { PaidOnApprovedStatement }, new[] { new TransactionReversal("deal-1", Date("2025-12-16")) });

        Assert.Empty(lines);
    }

    [Fact]
    public void Compute_ReversedWhileStatementStillOpen_LineSimplyDisappears()
    {
        var before = StatementCalculator.Compute(StatementSources.Create(Plan90Days, 100_000m, Q1, Transactions(10_000m, 5_000m)).Value);
        var after = StatementCalculator.Compute(StatementSources.Create(
            Plan90Days, 100_000m, Q1, Transactions(10_000m), reversals: new[] { new TransactionReversal("t2", Date("2026-01-10")) }).Value);

        Assert.Equal(600m, before.EarnedAmount);
        Assert.Equal(new[] { "t1" }, after.Lines.Select(l => l.SourceId).ToArray());
        Assert.Equal(400m, after.PayableAmount);
    }

    [Fact]
    public void Compute_SplitAddedAfterApproval_TakesBackThePaidShareAboveTheKeptOneWhateverTheWindow()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, 4m));

        var lines = Clawbacks.Compute(plan, new[] { PaidOnApprovedStatement }, new[] { new TransactionReversal("deal-1", Date("2026-09-01"), 70m) });

        var line = Assert.Single(lines);
        Assert.Equal(CommissionLineKind.Clawback, line.Kind);
        Assert.Equal(-150m, line.CommissionAmount); // 500 paid for 100 %; 70 % of it (350) is kept
        Assert.Equal(-3_750m, line.CreditAmount); // 30 % of the 12,500 credit moved to the split user
        Assert.Equal(70m, line.SplitPercent);
        Assert.Equal(
            "Split change: deal deal-1, credited 12,500.00 at 100 % on 2025-12-15, was paid 500.00 on a closed statement; on 2026-09-01 its splits left this rep 70 %, worth 350.00, so -150.00 is taken back (the deal is never credited more than 100 %).",
            line.Trace.English);
    }

    [Fact]
    public void Compute_RedivisionAlreadyTakenOnClosedStatement_IsNotTakenTwice()
    {
        var paid = new[] { PaidOnApprovedStatement, new PaidLine("deal-1", Date("2026-01-20"), -3_750m, 70m, -150m) };

        Assert.Empty(Clawbacks.Compute(Plan90Days, paid, new[] { new TransactionReversal("deal-1", Date("2026-02-01"), 70m) }));
        Assert.Equal(-100m, Assert.Single(Clawbacks.Compute(Plan90Days, paid, new[] { new TransactionReversal("deal-1", Date("2026-02-01"), 50m) })).CommissionAmount);
    }

    [Fact]
    public void Compute_ShareKeptWhole_TakesNothing()
    {
        Assert.Empty(Clawbacks.Compute(Plan90Days, new[] { PaidOnApprovedStatement }, new[] { new TransactionReversal("deal-1", Date("2026-01-20"), 100m) }));
    }
}
