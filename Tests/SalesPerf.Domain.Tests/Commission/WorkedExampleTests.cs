using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using static SalesPerf.Domain.Tests.Commission.CommissionFixture;

namespace SalesPerf.Domain.Tests.Commission;

/// <summary>The worked examples of domain.md §6, with the document's numbers.</summary>
public class WorkedExampleTests
{
    private static readonly CommissionPlan ThreeAmountBands = Plan(
        TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount,
        Tier(0m, 150_000m, 4m), Tier(150_000m, 250_000m, 6m), Tier(250_000m, null, 8m));

    [Fact]
    public void CumulativeMarginalAmount_Credited145000Wins20000_NewLinePays1100()
    {
        var statement = Compute(ThreeAmountBands, 500_000m, 145_000m, 20_000m);

        var line = statement.Lines[1];
        Assert.Equal(1_100m, line.CommissionAmount);
        Assert.Equal(new[] { 5_000m, 15_000m }, line.Slices.Select(s => s.Amount).ToArray());
        Assert.Equal(new[] { 4m, 6m }, line.Slices.Select(s => s.RatePercent).ToArray());
        Assert.Equal(6m, line.RatePercent);
        Assert.Equal(5_800m + 1_100m, statement.EarnedAmount);
    }

    [Fact]
    public void CumulativeMarginalAmount_Credited145000Wins20000_TraceExplains1100InBothLanguages()
    {
        var line = Compute(ThreeAmountBands, 500_000m, 145_000m, 20_000m).Lines[1];

        Assert.Equal(
            "Credit 20,000.00 (100 % of deal). Cumulative 145,000.00 → 165,000.00. 5,000.00 × 4 % (band 0–150,000) + 15,000.00 × 6 % (band 150,000–250,000) = 1,100.00.",
            line.Trace.English);
        Assert.Equal(
            "计入业绩 20,000.00（赢单的 100 %）。累计 145,000.00 → 165,000.00。5,000.00 × 4 %（区间 0–150,000）+ 15,000.00 × 6 %（区间 150,000–250,000）= 1,100.00。",
            line.Trace.Chinese);
    }

    [Fact]
    public void PerTransactionMarginalAmount_SixTransactions_Pay2_3_20_14_30_95Total164()
    {
        var plan = Plan(
            TierScope.PerTransaction, TierMode.Marginal, TierBasis.Amount,
            Tier(0m, 1_000m, 1m), Tier(1_000m, 3_000m, 2m), Tier(3_000m, 8_000m, 3m), Tier(8_000m, 20_000m, 5m));

        var statement = Compute(plan, 100_000m, 200m, 300m, 1_500m, 1_200m, 2_000m, 4_500m);

        Assert.Equal(new[] { 2m, 3m, 20m, 14m, 30m, 95m }, Amounts(statement));
        Assert.Equal(164m, statement.EarnedAmount);
    }

    [Theory]
    [InlineData(49_999, 0)] // just under 50 %: the 0 % band
    [InlineData(50_000, 500)] // exactly 50 %: the lower bound is inclusive, 1 %
    [InlineData(80_000, 1_600)] // 80 %: the whole credit at 2 %
    [InlineData(120_000, 3_600)] // 120 %: the whole credit at 3 %
    public void CumulativeRetroactivePercent_Credit_PaysWholeCreditAtReachedRate(int credit, int expected)
    {
        var statement = Compute(AttainmentPlan(TierMode.Retroactive), 100_000m, credit);

        Assert.Equal(expected, statement.EarnedAmount);
    }

    [Fact]
    public void CumulativeRetroactivePercent_CreditArrivesInSteps_NewLinesCarryTheDifference()
    {
        // Running total 49,999 → 50,000 → 80,000 → 120,000.
        var statement = Compute(AttainmentPlan(TierMode.Retroactive), 100_000m, 49_999m, 1m, 30_000m, 40_000m);

        Assert.Equal(new[] { 0m, 500m, 1_100m, 2_000m }, Amounts(statement));
        Assert.Equal(3_600m, statement.EarnedAmount);
        Assert.Equal(
            "Credit 30,000.00 (100 % of deal). Cumulative 50,000.00 → 80,000.00 (80 % of quota 100,000.00). 80,000.00 × 2 % (band 75–100 %) = 1,600.00, less 500.00 on earlier lines = 1,100.00.",
            statement.Lines[2].Trace.English);
    }

    [Theory]
    [InlineData(TierMode.Retroactive, 8_800)] // the whole 110,000 at 8 %
    [InlineData(TierMode.Marginal, 6_800)] // 100,000 at 6 % + 10,000 at 8 %
    public void CumulativePercent_Credit110000_PaysByMode(TierMode mode, int expected)
    {
        var plan = Plan(TierScope.PeriodCumulative, mode, TierBasis.AttainmentPercent, Tier(0m, 100m, 6m), Tier(100m, 150m, 8m), Tier(150m, null, 10m));

        var statement = Compute(plan, 100_000m, 110_000m);

        Assert.Equal(expected, statement.EarnedAmount);
    }

    [Fact]
    public void CumulativeMarginalPercent_Credit110000_SlicesAre6000And800()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.AttainmentPercent, Tier(0m, 100m, 6m), Tier(100m, 150m, 8m), Tier(150m, null, 10m));

        var line = Compute(plan, 100_000m, 110_000m).Lines[0];

        Assert.Equal(new[] { 6_000m, 800m }, line.Slices.Select(s => s.Commission).ToArray());
    }

    [Theory]
    [InlineData(new[] { 15_100 }, new[] { 3_020 })] // inside the band: the whole order at 20 %
    [InlineData(new[] { 14_999 }, new[] { 0 })] // below the only band
    [InlineData(new[] { 10_000, 6_000 }, new[] { 0, 0 })] // each order alone is outside the band, though together they would be inside
    public void PerTransactionRetroactiveAmount_Orders_PayOnlyInsideTheBand(int[] orders, int[] expected)
    {
        var plan = Plan(TierScope.PerTransaction, TierMode.Retroactive, TierBasis.Amount, Tier(15_000m, 16_000m, 20m));

        var statement = Compute(plan, 100_000m, orders.Select(o => (decimal)o).ToArray());

        Assert.Equal(expected.Select(e => (decimal)e).ToArray(), Amounts(statement));
    }

    [Theory]
    [InlineData(new[] { 8_000 }, 320)] // invoiced 10,000, one payment of 8,000
    [InlineData(new[] { 5_000, 3_000 }, 320)] // the same 8,000 in two partial payments, pro rata
    public void Collections_PaymentsReceived_Pay4PercentOfWhatWasReceived(int[] payments, int expected)
    {
        var plan = CommissionPlan.Create(CommissionBasis.Collections, TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, new[] { Tier(0m, null, 4m) }).Value;

        var statement = Compute(plan, 10_000m, payments.Select(p => (decimal)p).ToArray());

        Assert.Equal(expected, statement.EarnedAmount);
        Assert.Contains("(100 % of payment)", statement.Lines[0].Trace.English);
    }

    private static CommissionPlan AttainmentPlan(TierMode mode) => Plan(
        TierScope.PeriodCumulative, mode, TierBasis.AttainmentPercent,
        Tier(0m, 50m, 0m), Tier(50m, 75m, 1m), Tier(75m, 100m, 2m), Tier(100m, null, 3m));
}
