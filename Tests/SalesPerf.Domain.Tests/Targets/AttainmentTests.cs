using CsCheck;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Targets;

public class AttainmentTests
{
    public static TheoryData<decimal, decimal, KpiDirection, decimal> AttainmentRows => new()
    {
        { 20000m, 100000m, KpiDirection.HigherIsBetter, 20.00m }, // the trace example: 20,000 of 100,000
        { 20m, 25m, KpiDirection.HigherIsBetter, 80m }, // hunter win rate: 20 % of 25 %
        { 50m, 60m, KpiDirection.LowerIsBetter, 120m }, // hunter sales cycle: 60 ÷ 50
        { 90m, 60m, KpiDirection.LowerIsBetter, 66.67m }, // slower than target: 60 ÷ 90, rounded
        { 1m, 3m, KpiDirection.HigherIsBetter, 33.33m }, // rounded to 2 decimals
        { 2m, 3m, KpiDirection.HigherIsBetter, 66.67m }, // midpoint rule rounds up
        { 300000m, 100000m, KpiDirection.HigherIsBetter, 300m }, // attainment itself is not capped
        { -10m, 10m, KpiDirection.HigherIsBetter, -100m }, // negative growth gives negative attainment
    };

    [Theory]
    [MemberData(nameof(AttainmentRows))]
    public void Compute_ActualAndTarget_FollowsDirection(decimal actual, decimal target, KpiDirection direction, decimal expected)
    {
        Assert.Equal(expected, Attainment.Compute(Actual.FromValue(actual), target, direction, 150m));
    }

    [Fact]
    public void Compute_LowerIsBetterActualZero_GivesTheCap()
    {
        Assert.Equal(150m, Attainment.Compute(Actual.FromValue(0m), 60m, KpiDirection.LowerIsBetter, 150m));
        Assert.Equal(200m, Attainment.Compute(Actual.FromValue(0m), 60m, KpiDirection.LowerIsBetter, 200m));
    }

    [Fact]
    public void Compute_NoActual_HasNoAttainment()
    {
        Assert.Null(Attainment.Compute(Actual.None, 100000m, KpiDirection.HigherIsBetter, 150m));
        Assert.Null(Attainment.Compute(Actual.FromRatio(0m, 0m), 25m, KpiDirection.HigherIsBetter, 150m));
    }

    [Fact]
    public void Compute_HigherIsBetterTargetZero_HasNoAttainment()
    {
        Assert.Null(Attainment.Compute(Actual.FromValue(500m), 0m, KpiDirection.HigherIsBetter, 150m));
    }

    public static TheoryData<decimal?, decimal, decimal, decimal?> ScoreRows => new()
    {
        { 20m, 0m, 150m, 20m }, // the trace example: threshold 0 keeps 20
        { 120m, 0m, 150m, 120m }, // within the cap
        { 180m, 0m, 150m, 150m }, // clamped to the cap
        { 49.99m, 50m, 150m, 0m }, // just below the threshold scores 0
        { 50m, 50m, 150m, 50m }, // exactly at the threshold scores
        { -100m, 0m, 150m, 0m }, // negative attainment clamps to 0
        { null, 0m, 150m, null }, // no attainment, no score
        { 150m, 0m, 100m, 100m }, // a cap of 100 denies over-achievement
    };

    [Theory]
    [MemberData(nameof(ScoreRows))]
    public void Score_Attainment_ClampedAndThresholded(decimal? attainment, decimal threshold, decimal cap, decimal? expected)
    {
        Assert.Equal(expected, Attainment.Score(attainment, threshold, cap));
    }

    [Fact]
    public void Score_AnyAttainment_StaysWithinZeroAndCap()
    {
        Gen.Select(Gen.Long[-10_000_000, 10_000_000], Gen.Int[0, 100], Gen.Int[100, 1000]).Sample((hundredths, threshold, cap) =>
        {
            var score = Attainment.Score(hundredths / 100m, threshold, cap)!.Value;

            Assert.InRange(score, 0m, cap);
        });
    }
}
