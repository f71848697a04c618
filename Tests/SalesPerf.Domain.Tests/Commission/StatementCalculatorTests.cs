using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using static SalesPerf.Domain.Tests.Commission.CommissionFixture;

namespace SalesPerf.Domain.Tests.Commission;

public class StatementCalculatorTests
{
    private static readonly TierDefinition[] AcceleratedBands = { Tier(0m, 100m, 6m), Tier(100m, 150m, 8m), Tier(150m, null, 10m) };

    [Fact]
    public void Compute_PayoutCap_CrossingLineReducedLaterLinesPayZero()
    {
        var plan = CommissionPlan.Create(
            CommissionBasis.WonRevenue, TierScope.PerTransaction, TierMode.Marginal, TierBasis.Amount,
            new[] { Tier(0m, 1_000m, 1m), Tier(1_000m, 3_000m, 2m), Tier(3_000m, 8_000m, 3m), Tier(8_000m, 20_000m, 5m) },
            payoutCap: 50m).Value;

        var statement = Compute(plan, 100_000m, 200m, 300m, 1_500m, 1_200m, 2_000m, 4_500m);

        Assert.Equal(new[] { 2m, 3m, 20m, 14m, 11m, 0m }, Amounts(statement));
        Assert.Equal(30m, statement.Lines[4].ComputedAmount);
        Assert.Equal(50m, statement.EarnedAmount);
        Assert.True(statement.CapReached);
        Assert.EndsWith("Payout cap 50.00: 30.00 reduced to 11.00.", statement.Lines[4].Trace.English);
    }

    [Theory]
    [InlineData(TierMode.Retroactive, 80, 12_800)] // gated: 100 % lies in the 100–150 % band (8 %), so 150 %+ pays 8 %, not 10 %
    [InlineData(TierMode.Retroactive, 90, 16_000)] // gate met exactly: 10 % on the whole 160,000
    [InlineData(TierMode.Marginal, 80, 10_800)] // gated: 100,000 × 6 % + 50,000 × 8 % + 10,000 × 8 %
    [InlineData(TierMode.Marginal, 95, 11_000)] // gate met: 6,000 + 4,000 + 1,000
    public void Compute_AcceleratorGate_CapsTiersAboveTheHundredPercentTier(TierMode mode, int score, int expected)
    {
        var plan = GatedPlan(mode, TierBasis.AttainmentPercent, AcceleratedBands);

        var statement = StatementCalculator.Compute(StatementSources.Create(plan, 100_000m, Q1, Transactions(160_000m), score).Value);

        Assert.Equal(expected, statement.EarnedAmount);
        Assert.Equal(score < 90, statement.GateApplied);
    }

    [Fact]
    public void Compute_GateWithoutWeightedScore_IsNotMet()
    {
        var plan = GatedPlan(TierMode.Retroactive, TierBasis.AttainmentPercent, AcceleratedBands);

        var statement = StatementCalculator.Compute(StatementSources.Create(plan, 100_000m, Q1, Transactions(160_000m), weightedScore: null).Value);

        Assert.Equal(12_800m, statement.EarnedAmount);
        Assert.Contains("Accelerator gate: no weighted score is below 90, so band 150 %+ pays 8 % instead of 10 %.", statement.Lines[0].Trace.English);
    }

    [Fact]
    public void Compute_GateOnAmountTiers_UsesTheTierContainingTheQuota()
    {
        // Quota 200,000 lies in the 150,000–250,000 band (6 %), so the 250,000+ band pays 6 % instead of 8 %.
        var plan = GatedPlan(TierMode.Marginal, TierBasis.Amount, Tier(0m, 150_000m, 4m), Tier(150_000m, 250_000m, 6m), Tier(250_000m, null, 8m));

        var statement = StatementCalculator.Compute(StatementSources.Create(plan, 200_000m, Q1, Transactions(300_000m), 50m).Value);

        Assert.Equal(6_000m + 6_000m + 3_000m, statement.EarnedAmount);
    }

    [Fact]
    public void Compute_RetroactiveTotalLeavesBoundedBand_LineIsNegativeSoLinesSumToTotalTimesRate()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Retroactive, TierBasis.Amount, Tier(15_000m, 16_000m, 20m));

        var statement = Compute(plan, 100_000m, 15_500m, 1_000m);

        Assert.Equal(new[] { 3_100m, -3_100m }, Amounts(statement));
        Assert.Equal(0m, statement.EarnedAmount);
    }

    [Fact]
    public void Compute_TransactionOutsidePeriod_IsNotCredited()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, 4m));
        var transactions = new[]
        {
            CreditTransaction.Create("inside", Date("2026-03-31"), 1, 1_000m),
            CreditTransaction.Create("after", Date("2026-04-01"), 2, 5_000m),
        };

        var statement = StatementCalculator.Compute(StatementSources.Create(plan, 10_000m, Q1, transactions).Value);

        Assert.Equal("inside", Assert.Single(statement.Lines).SourceId);
        Assert.Equal(1_000m, statement.CreditAmount);
        Assert.Equal(10m, statement.AttainmentPercent);
    }

    [Fact]
    public void Compute_SameDay_OrdersByCreationSequence()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, 150_000m, 4m), Tier(150_000m, null, 6m));
        var day = Date("2026-02-01");
        var transactions = new[] { CreditTransaction.Create("later", day, 2, 20_000m), CreditTransaction.Create("first", day, 1, 145_000m) };

        var statement = StatementCalculator.Compute(StatementSources.Create(plan, 500_000m, Q1, transactions).Value);

        Assert.Equal(new[] { "first", "later" }, statement.Lines.Select(l => l.SourceId).ToArray());
        Assert.Equal(1_100m, statement.Lines[1].CommissionAmount);
    }

    [Fact]
    public void Compute_SameSourcesReadInAnotherOrder_GivesAnEqualStatement()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Retroactive, TierBasis.AttainmentPercent, Tier(0m, 50m, 0m), Tier(50m, null, 3m));
        var transactions = Transactions(10_000m, 45_000m, 5_000m);

        var first = StatementCalculator.Compute(StatementSources.Create(plan, 100_000m, Q1, transactions).Value);
        var again = StatementCalculator.Compute(StatementSources.Create(plan, 100_000m, Q1, transactions.Reverse()).Value);

        Assert.Equal(first, again);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
    }

    [Fact]
    public void Compute_Adjustment_AddsToPayableNotToEarned()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, 4m));
        var adjustment = new StatementAdjustment("adj1", Date("2026-03-15"), 125.555m, "dispute settled");

        var statement = StatementCalculator.Compute(StatementSources.Create(plan, 10_000m, Q1, Transactions(1_000m), adjustments: new[] { adjustment }).Value);

        Assert.Equal(40m, statement.EarnedAmount);
        Assert.Equal(125.56m, statement.AdjustmentAmount);
        Assert.Equal(165.56m, statement.PayableAmount);
        Assert.Equal(CommissionLineKind.Adjustment, statement.Lines[1].Kind);
    }

    [Fact]
    public void Compute_StatementTrace_SumsTheLines()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, 150_000m, 4m), Tier(150_000m, 250_000m, 6m), Tier(250_000m, null, 8m));

        var statement = Compute(plan, 200_000m, 145_000m, 20_000m);

        Assert.Equal(
            "Credit 165,000.00 from 2 transactions = 82.5 % of quota 200,000.00. Earned 6,900.00 = sum of 2 earning lines (5,800.00 + 1,100.00). Payable 6,900.00 + clawback 0.00 + adjustment 0.00 = 6,900.00.",
            statement.Trace.English);
        Assert.Equal(
            "计入业绩 165,000.00（2 笔），达成配额 200,000.00 的 82.5 %。提成 6,900.00 = 2 行提成之和 (5,800.00 + 1,100.00)。应付 6,900.00 + 追回 0.00 + 调整 0.00 = 6,900.00。",
            statement.Trace.Chinese);
    }

    [Fact]
    public void Recompute_ApprovedStatement_ReportsStm003()
    {
        var sources = Sources(Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, 4m)), 10_000m, 1_000m);

        var result = StatementCalculator.Recompute(StatementStatus.Approved, sources);

        Assert.Equal(StatementRuleCodes.StatementReadOnly, Assert.Single(result.Violations).Code);
    }

    [Theory]
    [InlineData(0)] // no quota
    [InlineData(-1)] // negative quota
    public void CreateSources_QuotaNotPositive_ReportsPln010(int quota)
    {
        var result = StatementSources.Create(Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, 4m)), quota, Q1, Transactions(1m));

        Assert.Equal(CommissionRuleCodes.QuotaNotPositive, Assert.Single(result.Violations).Code);
    }

    [Fact]
    public void Compute_CumulativeMarginalCents_RoundsOnTheRunningTotalAndSaysSo()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, 1.5m));

        var statement = Compute(plan, 100m, 0.33m, 0.33m);

        Assert.Equal(new[] { 0m, 0.01m }, Amounts(statement)); // 0.33 × 1.5 % = 0.00495 alone, but 0.66 × 1.5 % = 0.0099 in total
        Assert.EndsWith("0.33 × 1.5 % (band 0+) = 0.00. Rounded on the running total (0.01 less 0.00 on earlier lines): 0.01.", statement.Lines[1].Trace.English);
    }

    [Fact]
    public void Compute_SplitDeal_TraceNamesTheShareAndTheDeal()
    {
        var plan = Plan(TierScope.PerTransaction, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, 5m));
        var share = CreditTransaction.Create("opp", Date("2026-02-01"), 1, 20_000m, 40m);

        var line = StatementCalculator.Compute(StatementSources.Create(plan, 100_000m, Q1, new[] { share }).Value).Lines[0];

        Assert.Equal(8_000m, line.CreditAmount);
        Assert.Equal("Credit 8,000.00 (40 % of deal 20,000.00). 8,000.00 × 5 % (band 0+) = 400.00.", line.Trace.English);
        Assert.Equal("计入业绩 8,000.00（赢单 20,000.00 的 40 %）。8,000.00 × 5 %（区间 0+）= 400.00。", line.Trace.Chinese);
    }

    private static CommissionPlan GatedPlan(TierMode mode, TierBasis basis, params TierDefinition[] tiers) =>
        CommissionPlan.Create(CommissionBasis.WonRevenue, TierScope.PeriodCumulative, mode, basis, tiers, acceleratorGate: 90m).Value;
}
