using System.Linq;
using CsCheck;
using SalesPerf.Domain.Commission;

namespace SalesPerf.Domain.Tests.Commission;

public class DealSplitsTests
{
    [Fact]
    public void Allocate_TwoSplits_OwnerKeepsTheRest()
    {
        var shares = DealSplits.Allocate("opp", "owner", 20_000m, new[] { new DealSplit("b", 30m), new DealSplit("c", 20m) }).Value;

        Assert.Equal(new[] { "owner", "b", "c" }, shares.Select(s => s.UserId).ToArray());
        Assert.Equal(new[] { 10_000m, 6_000m, 4_000m }, shares.Select(s => s.Credit).ToArray());
        Assert.Equal(50m, shares[0].SplitPercent);
    }

    [Fact]
    public void Allocate_SplitsOver100_ReportsSpl001()
    {
        var result = DealSplits.Allocate("opp", "owner", 20_000m, new[] { new DealSplit("b", 60m), new DealSplit("c", 50m) });

        var violation = Assert.Single(result.Violations);
        Assert.Equal(CommissionRuleCodes.SplitsOver100, violation.Code);
        Assert.Equal(new[] { "opp", "110" }, violation.Arguments);
    }

    [Theory]
    [InlineData("b", -5, "b", 5, CommissionRuleCodes.SplitPercentOutOfRange)] // a negative percent
    [InlineData("b", 10, "b", 20, CommissionRuleCodes.SplitUserDuplicate)] // the same user twice
    [InlineData("owner", 10, "c", 20, CommissionRuleCodes.SplitNamesOwner)] // the owner already keeps the rest
    public void Allocate_InvalidSplit_ReportsCode(string user1, int percent1, string user2, int percent2, string code)
    {
        var result = DealSplits.Allocate("opp", "owner", 1_000m, new[] { new DealSplit(user1, percent1), new DealSplit(user2, percent2) });

        Assert.Contains(code, result.Violations.Select(v => v.Code));
    }

    [Fact]
    public void Allocate_OddCents_CreditsAddUpToTheDeal()
    {
        var shares = DealSplits.Allocate("opp", "owner", 0.01m, new[] { new DealSplit("b", 50m), new DealSplit("c", 50m) }).Value;

        Assert.Equal(0.01m, shares.Sum(s => s.Credit));
        Assert.All(shares, s => Assert.True(s.Credit >= 0m));
    }

    [Fact]
    public void Allocate_AnySplits_NeverChangesTheTotalCredited()
    {
        Gen.Select(Gen.Long[0, 10_000_000_000], Gen.Int[0, 1_666].Array[0, 6]).Sample((cents, raw) =>
        {
            var amount = cents / 100m;
            var splits = raw.Select((r, i) => new DealSplit("u" + i, r / 100m)).ToArray(); // at most 6 × 16.66 %, so the sum stays ≤ 100
            var shares = DealSplits.Allocate("opp", "owner", amount, splits).Value;
            return shares.Sum(s => s.Credit) == amount && shares.All(s => s.Credit >= 0m) && shares.Sum(s => s.SplitPercent) == 100m;
        });
    }
}
