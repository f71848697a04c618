using System.Linq;
using CsCheck;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Targets;

public class TargetSplitTests
{
    [Fact]
    public void Evenly_100000ByMonth_ElevenOf833333AndOneOf833337()
    {
        var parts = TargetSplit.Evenly(100000m, 12);

        Assert.Equal(Enumerable.Repeat(8333.33m, 11).Concat(new[] { 8333.37m }).ToArray(), parts);
    }

    [Fact]
    public void Evenly_12000000ByQuarter_FourOf3000000()
    {
        Assert.Equal(new[] { 3000000m, 3000000m, 3000000m, 3000000m }, TargetSplit.Evenly(12000000m, 4));
    }

    [Fact]
    public void Evenly_12000000ByMonth_TwelveOf1000000()
    {
        Assert.Equal(Enumerable.Repeat(1000000m, 12).ToArray(), TargetSplit.Evenly(12000000m, 12));
    }

    [Fact]
    public void ByWeights_Seasonal_RoundsAndPutsRemainderLast()
    {
        var parts = TargetSplit.ByWeights(100000m, new[] { 33.33m, 33.33m, 33.34m }).Value;

        Assert.Equal(new[] { 33330m, 33330m, 33340m }, parts);
    }

    [Fact]
    public void ByWeights_SumNot100_ReportsTgt005WithTheSum()
    {
        var result = TargetSplit.ByWeights(100000m, new[] { 30m, 30m, 30m });

        Assert.Equal(RuleViolation.Of("SPM-TGT-005", 90m), Assert.Single(result.Violations));
    }

    [Fact]
    public void ByWeights_Empty_ReportsTgt005()
    {
        Assert.Equal("SPM-TGT-005", Assert.Single(TargetSplit.ByWeights(1m, new decimal[0]).Violations).Code);
    }

    [Fact]
    public void Evenly_AnyValue_SumsExactlyAndOnlyTheLastDiffers()
    {
        Gen.Select(Gen.Long[0, 1_000_000_000_000], Gen.Int[1, 24]).Sample((cents, count) =>
        {
            var total = cents / 100m;

            var parts = TargetSplit.Evenly(total, count);

            Assert.Equal(count, parts.Count);
            Assert.Equal(total, parts.Sum());
            Assert.All(parts.Take(count - 1), p => Assert.Equal(parts[0], p));
            Assert.All(parts.Take(count - 1), p => Assert.Equal(p, decimal.Round(p, 2)));
        });
    }

    [Fact]
    public void ByWeights_AnyWeightsSummingTo100_SumsExactly()
    {
        Gen.Select(Gen.Long[0, 1_000_000_000_000], Gen.Int[0, 10_000].Array[1, 12]).Sample((cents, raw) =>
        {
            var total = cents / 100m;
            var weights = raw.Select(w => w / 100m).ToArray();
            weights[weights.Length - 1] = 100m - weights.Take(weights.Length - 1).Sum();
            if (weights[weights.Length - 1] < 0m)
            {
                return;
            }

            var parts = TargetSplit.ByWeights(total, weights).Value;

            Assert.Equal(total, parts.Sum());
            Assert.All(parts, p => Assert.Equal(p, decimal.Round(p, 2)));
        });
    }
}
