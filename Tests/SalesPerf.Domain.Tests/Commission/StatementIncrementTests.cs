using System.Collections.Generic;
using System.Linq;
using CsCheck;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using static SalesPerf.Domain.Tests.Commission.CommissionFixture;

namespace SalesPerf.Domain.Tests.Commission;

/// <summary>
/// Late events (docs/domain-rules.md "Late events"): each event changes only its own line; whatever the order of the
/// events, the lines add up to the earned amount a full computation gives for the period's final credits.
/// </summary>
public class StatementIncrementTests
{
    private static readonly Gen<TierDefinition[]> Tiers = TierGenerator.Bands(maxGap: 20_000, maxWidth: 60_000);

    private static readonly Gen<CommissionPlan> AnyPlan =
        Gen.Select(Tiers, Gen.OneOfConst(TierScope.PeriodCumulative, TierScope.PerTransaction), Gen.OneOfConst(TierMode.Marginal, TierMode.Retroactive), Gen.Int[-1, 3_000])
            .Select((tiers, scope, mode, cap) => CommissionPlan.Create(
                CommissionBasis.WonRevenue, scope, mode, TierBasis.Amount, tiers, payoutCap: cap < 0 ? null : cap, clawbackDays: 30).Value);

    /// <summary>Events: (transaction 0–5, credit in cents; −1 = no longer credited).</summary>
    private static readonly Gen<(int Id, long Cents)[]> Events = Gen.Select(Gen.Int[0, 5], Gen.Long[-1, 6_000_000]).Array[1, 14];

    [Fact]
    public void Apply_AnyEventsInAnyOrder_LinesAddUpToTheFullComputationOfTheFinalCredits()
    {
        Gen.Select(AnyPlan, Events, Gen.Int[0, 1000]).Sample((plan, events, seed) =>
        {
            var inOrder = Run(plan, events);
            var shuffled = Run(plan, events.Select((e, i) => (e, i)).GroupBy(x => x.e.Id)
                .OrderBy(g => (g.Key * 7919) ^ seed)
                .SelectMany(g => g.Select(x => x.e))
                .ToArray());
            var full = StatementCalculator.Compute(StatementSources.Create(plan, 50_000m, Q1, Final(events)).Value);
            return inOrder.Earned == full.EarnedAmount && inOrder.Credit == full.CreditAmount && inOrder.Lines.Values.Sum(l => l.Commission) == full.EarnedAmount
                && shuffled.Earned == full.EarnedAmount && shuffled.Credit == full.CreditAmount && shuffled.Lines.Values.Sum(l => l.Commission) == full.EarnedAmount;
        });
    }

    [Fact]
    public void Apply_WinDatedBeforeTheOtherLines_CarriesTheCatchUpAndLeavesThemAlone()
    {
        // domain.md §6 worked example: bands 0–150,000 at 4 %, 150,000–250,000 at 6 %, 250,000+ at 8 %.
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, 150_000m, 4m), Tier(150_000m, 250_000m, 6m), Tier(250_000m, null, 8m));
        var stored = new StoredTotals(145_000m, 5_800m, 0m, 0m);
        var late = CreditTransaction.Create("late", Date("2026-01-02"), 1, 20_000m);

        var result = StatementIncrement.Apply(new StatementEvent(
            StatementSources.Create(plan, 500_000m, Q1, new[] { late }).Value, "late", stored, null, null, true, new[] { 5_800m }));

        var line = Assert.Single(result.Lines);
        Assert.Equal(1_100m, line.CommissionAmount);
        Assert.Equal(6_900m, result.EarnedAmount);
        Assert.Equal(165_000m, result.CreditAmount);
        Assert.Contains("Dated 2026-01-02, before lines already on this statement", line.Trace.English);
        Assert.Contains("日期 2026-01-02 早于本提成单上已有的行", line.Trace.Chinese);
        Assert.Contains("(5,800.00 + 1,100.00)", result.Trace.English);
    }

    [Fact]
    public void Apply_TransactionNoLongerCredited_KeepsTheDifferenceOnItsLineWithCreditZero()
    {
        // Bands 0–100 at 1 %, 100+ at 10 %: A (100, paid 1.00) then B (100, paid 10.00); A reopened leaves 100 → 1.00.
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, 100m, 1m), Tier(100m, null, 10m));
        var stored = new StoredTotals(200m, 11m, 0m, 0m);

        var result = StatementIncrement.Apply(new StatementEvent(
            StatementSources.Create(plan, 1_000m, Q1, System.Array.Empty<CreditTransaction>()).Value, "A", stored,
            new StoredLine(Date("2026-01-02"), 100m, 100m, 1m), null, false, new[] { 10m }));

        var line = Assert.Single(result.Lines);
        Assert.Equal(0m, line.CreditAmount);
        Assert.Equal(-9m, line.CommissionAmount);
        Assert.Equal(1m, result.EarnedAmount);
        Assert.Equal(100m, result.CreditAmount);
        Assert.StartsWith("No longer credited on this statement: the period total falls 200.00 → 100.00.", line.Trace.English);
    }

    private static CreditTransaction[] Final(IEnumerable<(int Id, long Cents)> events) =>
        events.GroupBy(e => e.Id).Select(g => g.Last()).Where(e => e.Cents >= 0)
            .Select(e => CreditTransaction.Create("t" + e.Id, Date("2026-01-02").AddDays(e.Id), e.Id, e.Cents / 100m)).ToArray();

    /// <summary>Applies the events one by one as the plug-in does, keeping only what it stores: the totals and the lines.</summary>
    private static Statement Run(CommissionPlan plan, IEnumerable<(int Id, long Cents)> events)
    {
        var statement = new Statement();
        var applied = new List<(int Id, long Cents)>();
        foreach (var (id, cents) in events)
        {
            applied.Add((id, cents));
            var key = "t" + id;
            var transactions = plan.Scope == TierScope.PeriodCumulative ? Final(applied).Where(t => t.Id == key).ToArray() : Final(applied);
            var result = StatementIncrement.Apply(new StatementEvent(
                StatementSources.Create(plan, 50_000m, Q1, transactions).Value,
                key,
                new StoredTotals(statement.Credit, statement.Earned, 0m, 0m),
                statement.Lines.TryGetValue(key, out var stored) ? stored : null,
                null,
                false,
                null));
            var line = result.Lines.FirstOrDefault(l => l.Kind == CommissionLineKind.Earning);
            statement.Lines.Remove(key);
            if (line is not null)
            {
                statement.Lines[key] = new StoredLine(line.TransactionDate, line.CreditAmount, line.SplitPercent, line.CommissionAmount);
            }

            statement.Credit = result.CreditAmount;
            statement.Earned = result.EarnedAmount;
        }

        return statement;
    }

    private sealed class Statement
    {
        public Dictionary<string, StoredLine> Lines { get; } = new();

        public decimal Credit { get; set; }

        public decimal Earned { get; set; }
    }
}
