using System.Linq;
using CsCheck;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Scorecards;
using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Scorecards;

public class WeightedScoreTests
{
    [Fact]
    public void Compute_HunterScores_Is106()
    {
        var lines = new[]
        {
            ScoreLine.Create(50m, 120m), // new revenue
            ScoreLine.Create(20m, 80m), // new customers
            ScoreLine.Create(15m, 80m), // win rate
            ScoreLine.Create(15m, 120m), // sales cycle
        };

        Assert.Equal(106m, WeightedScore.Compute(lines));
    }

    [Fact]
    public void Compute_HunterFromActuals_Is106()
    {
        // Win rate: target 25 %, actual 20 % → 80. Sales cycle: lower is better, target 60 days, actual 50 → 120.
        var winRate = Attainment.Score(Attainment.Compute(Actual.FromRatio(1m, 5m), 25m, KpiDirection.HigherIsBetter, 150m), 0m, 150m);
        var cycle = Attainment.Score(Attainment.Compute(Actual.FromAverage(50m, 1m), 60m, KpiDirection.LowerIsBetter, 150m), 0m, 150m);

        var score = WeightedScore.Compute(new[]
        {
            ScoreLine.Create(50m, 120m),
            ScoreLine.Create(20m, 80m),
            ScoreLine.Create(15m, winRate),
            ScoreLine.Create(15m, cycle),
        });

        Assert.Equal(80m, winRate);
        Assert.Equal(120m, cycle);
        Assert.Equal(106m, score);
    }

    [Fact]
    public void Compute_KpiWithoutValue_RenormalisesWeights()
    {
        // Win rate has no value: (50·120 + 20·80 + 15·120) ÷ 85 = 9,400 ÷ 85 = 110.588… → 110.59.
        var lines = new[]
        {
            ScoreLine.Create(50m, 120m),
            ScoreLine.Create(20m, 80m),
            ScoreLine.Create(15m, null),
            ScoreLine.Create(15m, 120m),
        };

        Assert.Equal(110.59m, WeightedScore.Compute(lines));
    }

    [Fact]
    public void Compute_NoScores_IsNull()
    {
        Assert.Null(WeightedScore.Compute(new[] { ScoreLine.Create(50m, null), ScoreLine.Create(50m, null) }));
        Assert.Null(WeightedScore.Compute(new ScoreLine[0]));
    }

    [Fact]
    public void Compute_OnlyZeroWeightsScored_IsNull()
    {
        Assert.Null(WeightedScore.Compute(new[] { ScoreLine.Create(0m, 100m) }));
    }

    [Fact]
    public void Compute_AnyScoresWithinCap_StaysWithinMinAndMax()
    {
        Gen.Select(Gen.Int[0, 100], Gen.Int[0, 150]).Array[1, 10].Sample(raw =>
        {
            var lines = raw.Select(r => ScoreLine.Create(r.Item1, r.Item2)).ToArray();

            var score = WeightedScore.Compute(lines);

            if (lines.All(l => l.Weight == 0m))
            {
                Assert.Null(score);
            }
            else
            {
                var weighted = lines.Where(l => l.Weight > 0m).ToArray();
                Assert.InRange(score!.Value, weighted.Min(l => l.Score!.Value), weighted.Max(l => l.Score!.Value));
            }
        });
    }
}
