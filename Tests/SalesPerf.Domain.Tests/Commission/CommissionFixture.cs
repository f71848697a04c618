using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Domain.Tests.Commission;

/// <summary>Short builders for commission tests: plans from tier rows, Q1 2026 statements from credit amounts.</summary>
internal static class CommissionFixture
{
    public static readonly DateRange Q1 = DateRange.Of(Date("2026-01-01"), Date("2026-03-31"));

    public static CalendarDate Date(string isoDate) => CalendarDate.Parse(isoDate);

    public static TierDefinition Tier(decimal lower, decimal? upper, decimal rate) => new(lower, upper, rate);

    public static CommissionPlan Plan(TierScope scope, TierMode mode, TierBasis basis, params TierDefinition[] tiers) =>
        CommissionPlan.Create(CommissionBasis.WonRevenue, scope, mode, basis, tiers).Value;

    /// <summary>One transaction per amount, dated one day apart from 2 Jan 2026, ids t1, t2, ….</summary>
    public static CreditTransaction[] Transactions(params decimal[] credits) =>
        credits.Select((c, i) => CreditTransaction.Create("t" + (i + 1), Date("2026-01-02").AddDays(i), i, c)).ToArray();

    public static StatementSources Sources(CommissionPlan plan, decimal quota, params decimal[] credits) =>
        StatementSources.Create(plan, quota, Q1, Transactions(credits)).Value;

    public static StatementComputation Compute(CommissionPlan plan, decimal quota, params decimal[] credits) =>
        StatementCalculator.Compute(Sources(plan, quota, credits));

    public static decimal[] Amounts(StatementComputation statement) =>
        statement.Lines.Where(l => l.Kind == CommissionLineKind.Earning).Select(l => l.CommissionAmount).ToArray();
}
