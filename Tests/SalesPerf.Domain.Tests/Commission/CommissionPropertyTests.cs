using System.Collections.Generic;
using System.Linq;
using CsCheck;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Money;
using SalesPerf.Domain.Statements;
using static SalesPerf.Domain.Tests.Commission.CommissionFixture;

namespace SalesPerf.Domain.Tests.Commission;

public class CommissionPropertyTests
{
    private static readonly Gen<TierDefinition[]> Tiers = TierGenerator.Bands(maxGap: 50_000, maxWidth: 100_000);

    private static readonly Gen<decimal[]> Credits = Gen.Long[0, 30_000_000].Select(c => c / 100m).Array[1, 8];

    private static readonly Gen<CommissionPlan> AnyPlan =
        Gen.Select(Tiers, Gen.OneOfConst(TierScope.PeriodCumulative, TierScope.PerTransaction), Gen.OneOfConst(TierMode.Marginal, TierMode.Retroactive), Gen.Int[-1, 5_000])
            .Select((tiers, scope, mode, cap) => CommissionPlan.Create(
                CommissionBasis.WonRevenue, scope, mode, TierBasis.Amount, tiers, payoutCap: cap < 0 ? null : cap, clawbackDays: 30).Value);

    [Fact]
    public void Marginal_MoreCredit_NeverPaysLessAndNeverAboveTopRate()
    {
        Gen.Select(Tiers, Gen.Long[0, 50_000_000], Gen.Long[0, 50_000_000]).Sample((tiers, a, b) =>
        {
            var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, tiers);
            var (low, high) = a <= b ? (a / 100m, b / 100m) : (b / 100m, a / 100m);
            var topRate = tiers.Max(t => t.RatePercent);
            var paidLow = Compute(plan, 1_000m, low).EarnedAmount;
            var paidHigh = Compute(plan, 1_000m, high).EarnedAmount;
            return paidLow <= paidHigh && paidHigh <= CurrencyRounding.Round(high * topRate / 100m);
        });
    }

    [Fact]
    public void Retroactive_OneBand_EqualsMarginalLineByLine()
    {
        Gen.Select(Gen.Int[0, 2_500].Select(r => r / 100m), Credits, Gen.OneOfConst(TierScope.PeriodCumulative, TierScope.PerTransaction)).Sample((rate, credits, scope) =>
        {
            var retroactive = Compute(Plan(scope, TierMode.Retroactive, TierBasis.Amount, Tier(0m, null, rate)), 1_000m, credits);
            var marginal = Compute(Plan(scope, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, rate)), 1_000m, credits);
            return Amounts(retroactive).SequenceEqual(Amounts(marginal));
        });
    }

    [Fact]
    public void Cumulative_SameTotalInAnyTransactions_EarnsTheSame()
    {
        Gen.Select(Tiers, Credits, Gen.OneOfConst(TierMode.Marginal, TierMode.Retroactive)).Sample((tiers, credits, mode) =>
        {
            var plan = Plan(TierScope.PeriodCumulative, mode, TierBasis.Amount, tiers);
            return Compute(plan, 1_000m, credits).EarnedAmount == Compute(plan, 1_000m, credits.Sum()).EarnedAmount;
        });
    }

    [Fact]
    public void Compute_SameSourcesInAnyOrder_IsIdempotent()
    {
        Gen.Select(AnyPlan, Credits, Gen.Int[0, 1_000]).Sample((plan, credits, seed) =>
        {
            var transactions = Transactions(credits);
            var shuffled = transactions.OrderBy(t => (t.Id.GetHashCode() ^ seed) & 0xFFFF).ToArray();
            var first = StatementCalculator.Compute(StatementSources.Create(plan, 5_000m, Q1, transactions).Value);
            var again = StatementCalculator.Compute(StatementSources.Create(plan, 5_000m, Q1, shuffled).Value);
            return first.Equals(again) && first.GetHashCode() == again.GetHashCode() && first.Equals(StatementCalculator.Compute(StatementSources.Create(plan, 5_000m, Q1, transactions).Value));
        });
    }

    [Fact]
    public void Compute_AnyPlan_TotalsAreSumsOfRoundedLinesWithinTheCap()
    {
        Gen.Select(AnyPlan, Credits, Gen.Long[-100_000, 100_000]).Sample((plan, credits, adjustmentCents) =>
        {
            var sources = StatementSources.Create(
                plan, 5_000m, Q1, Transactions(credits),
                paidLines: new[] { new PaidLine("old", Date("2025-12-20"), 1_000m, 100m, 40m) },
                reversals: new[] { new TransactionReversal("old", Date("2026-01-05")) },
                adjustments: new[] { new StatementAdjustment("adj", Date("2026-02-01"), adjustmentCents / 1_000m, "correction") }).Value;

            var statement = StatementCalculator.Compute(sources);

            var byKind = statement.Lines.ToLookup(l => l.Kind, l => l.CommissionAmount);
            return statement.Lines.All(l => CurrencyRounding.Round(l.CommissionAmount) == l.CommissionAmount)
                && statement.EarnedAmount == byKind[CommissionLineKind.Earning].Sum()
                && statement.ClawbackAmount == byKind[CommissionLineKind.Clawback].Sum() && statement.ClawbackAmount == -40m
                && statement.AdjustmentAmount == byKind[CommissionLineKind.Adjustment].Sum()
                && statement.PayableAmount == statement.EarnedAmount + statement.ClawbackAmount + statement.AdjustmentAmount
                && (!plan.PayoutCap.HasValue || statement.EarnedAmount <= plan.PayoutCap.Value);
        });
    }
}
