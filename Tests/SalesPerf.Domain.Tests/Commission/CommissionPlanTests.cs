using System.Linq;
using SalesPerf.Domain.Commission;
using static SalesPerf.Domain.Tests.Commission.CommissionFixture;

namespace SalesPerf.Domain.Tests.Commission;

public class CommissionPlanTests
{
    [Fact]
    public void Create_AdjacentTiersWithGap_IsValidAndSortedByLower()
    {
        var plan = CommissionPlan.Create(
            CommissionBasis.WonRevenue, TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount,
            new[] { Tier(200m, null, 8m), Tier(0m, 100m, 4m), Tier(150m, 200m, 6m) });

        Assert.True(plan.IsValid);
        Assert.Equal(new[] { 0m, 150m, 200m }, plan.Value.Tiers.Select(t => t.Lower).ToArray());
    }

    [Theory]
    [InlineData(0, 100, 50, 150)] // bounded tiers sharing 50–100
    [InlineData(0, null, 100, 200)] // an unbounded tier swallows a later one
    [InlineData(100, 200, 100, 200)] // the same band twice
    public void Create_OverlappingTiers_ReportsPln001(int lower1, int? upper1, int lower2, int? upper2)
    {
        var plan = Create(Tier(lower1, upper1, 4m), Tier(lower2, upper2, 6m));

        Assert.Equal(CommissionRuleCodes.TiersOverlap, Assert.Single(plan.Violations).Code);
    }

    [Theory]
    [InlineData(100, 100)] // empty band: lower equals upper
    [InlineData(150, 100)] // upside-down band
    public void Create_InvertedTier_ReportsPln002(int lower, int upper)
    {
        var violation = Assert.Single(Create(Tier(lower, upper, 4m)).Violations);

        Assert.Equal(CommissionRuleCodes.TierInverted, violation.Code);
        Assert.Equal(new[] { lower.ToString(), upper.ToString() }, violation.Arguments);
    }

    [Fact]
    public void Create_NegativeRate_ReportsPln003()
    {
        var violation = Assert.Single(Create(Tier(0m, null, -1m)).Violations);

        Assert.Equal(CommissionRuleCodes.TierRateNegative, violation.Code);
        Assert.Equal(new[] { "0", "", "-1" }, violation.Arguments);
    }

    [Fact]
    public void Create_NegativeLowerBound_ReportsPln004()
    {
        Assert.Equal(CommissionRuleCodes.TierLowerNegative, Assert.Single(Create(Tier(-5m, 10m, 1m)).Violations).Code);
    }

    [Fact]
    public void Create_NoTiers_ReportsPln011()
    {
        Assert.Equal(CommissionRuleCodes.PlanHasNoTiers, Assert.Single(Create().Violations).Code);
    }

    [Fact]
    public void Create_NegativeCapGateAndClawbackDays_ReportsEachAtOnce()
    {
        var plan = CommissionPlan.Create(
            CommissionBasis.WonRevenue, TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, new[] { Tier(0m, null, 4m) },
            payoutCap: -1m, acceleratorGate: -1m, clawbackDays: -1, effectiveFrom: Date("2026-12-31"), effectiveTo: Date("2026-01-01"));

        Assert.Equal(
            new[] { CommissionRuleCodes.PayoutCapNegative, CommissionRuleCodes.AcceleratorGateNegative, CommissionRuleCodes.ClawbackDaysNegative, CommissionRuleCodes.EffectiveToBeforeFrom },
            plan.Violations.Select(v => v.Code).ToArray());
    }

    [Fact]
    public void Create_UnknownChoiceValue_ReportsPln012WithColumn()
    {
        var plan = CommissionPlan.Create((CommissionBasis)42, TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, new[] { Tier(0m, null, 4m) });

        var violation = Assert.Single(plan.Violations);
        Assert.Equal(CommissionRuleCodes.UnknownChoice, violation.Code);
        Assert.Equal(new[] { "spm_basis", "42" }, violation.Arguments);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-03-31", true)] // the quarter inside the plan's year
    [InlineData("2025-12-01", "2025-12-31", false)] // before the plan starts
    [InlineData("2026-12-01", "2027-01-31", false)] // runs past the plan's end
    public void CheckAssignment_PeriodAgainstEffectiveDates_ReportsPln009WhenOutside(string start, string end, bool valid)
    {
        var plan = CommissionPlan.Create(
            CommissionBasis.WonRevenue, TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, new[] { Tier(0m, null, 4m) },
            effectiveFrom: Date("2026-01-01"), effectiveTo: Date("2026-12-31")).Value;

        var violations = plan.CheckAssignment(SalesPerf.Domain.Periods.DateRange.Of(Date(start), Date(end)));

        Assert.Equal(valid, violations.Count == 0);
        Assert.All(violations, v => Assert.Equal(CommissionRuleCodes.AssignmentOutsideEffectiveDates, v.Code));
    }

    private static Common.Validated<CommissionPlan> Create(params TierDefinition[] tiers) =>
        CommissionPlan.Create(CommissionBasis.WonRevenue, TierScope.PeriodCumulative, TierMode.Marginal, TierBasis.Amount, tiers);
}
