using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using static SalesPerf.Domain.Tests.Commission.CommissionFixture;

namespace SalesPerf.Domain.Tests.Commission;

public class CommissionEstimatorTests
{
    [Fact]
    public void Estimate_OpenOpportunityWonNow_PaysTheNewLineAndRaisesAttainment()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, 150_000m, 4m), Tier(150_000m, 250_000m, 6m), Tier(250_000m, null, 8m));
        var sources = Sources(plan, 200_000m, 145_000m);

        var estimate = CommissionEstimator.Estimate(sources, "opp-9", 20_000m, Date("2026-03-01"));

        Assert.Equal(1_100m, estimate.Commission);
        Assert.Equal(82.5m, estimate.AttainmentPercent);
        Assert.StartsWith("If won on 2026-03-01: Credit 20,000.00 (100 % of deal).", estimate.Trace.English);
        Assert.EndsWith("Attainment 72.5 % → 82.5 %.", estimate.Trace.English);
    }

    [Fact]
    public void Estimate_RetroactiveUplift_IncludesTheEarlierCredit()
    {
        var plan = Plan(TierScope.PeriodCumulative, TierMode.Retroactive, TierBasis.AttainmentPercent, Tier(0m, 50m, 0m), Tier(50m, 75m, 1m), Tier(75m, 100m, 2m), Tier(100m, null, 3m));
        var sources = Sources(plan, 100_000m, 50_000m);

        var estimate = CommissionEstimator.Estimate(sources, "opp-9", 30_000m, Date("2026-03-01"));

        Assert.Equal(1_100m, estimate.Commission); // 80,000 × 2 % − 500 already earned
        Assert.Equal(80m, estimate.AttainmentPercent);
    }

    [Fact]
    public void Estimate_CloseDateOutsidePeriod_AddsNothing()
    {
        var sources = Sources(Plan(TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, Tier(0m, null, 4m)), 100_000m, 10_000m);

        var estimate = CommissionEstimator.Estimate(sources, "opp-9", 30_000m, Date("2026-04-01"));

        Assert.Equal(0m, estimate.Commission);
        Assert.Equal(10m, estimate.AttainmentPercent);
        Assert.Null(estimate.Line);
    }

    [Fact]
    public void Estimate_WithPayoutCap_ReportsOnlyWhatTheCapLeaves()
    {
        var plan = CommissionPlan.Create(CommissionBasis.WonRevenue, TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, new[] { Tier(0m, null, 4m) }, payoutCap: 500m).Value;
        var sources = Sources(plan, 100_000m, 10_000m);

        var estimate = CommissionEstimator.Estimate(sources, "opp-9", 30_000m, Date("2026-03-01"));

        Assert.Equal(100m, estimate.Commission);
    }
}
