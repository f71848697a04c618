using System.Linq;
using SalesPerf.Domain.Scorecards;

namespace SalesPerf.Domain.Tests.Scorecards;

public class ScorecardRankingTests
{
    [Fact]
    public void Rank_TiedScores_SharesRankAndSkipsNext()
    {
        var ranked = ScorecardRanking.Rank(new[]
        {
            new RankCandidate("d", "bu", "FY2026-Q1", 90m),
            new RankCandidate("c", "bu", "FY2026-Q1", 98m),
            new RankCandidate("a", "bu", "FY2026-Q1", 106m),
            new RankCandidate("b", "bu", "FY2026-Q1", 98m),
        });

        Assert.Equal(new[] { "a", "b", "c", "d" }, ranked.Select(r => r.ScorecardKey).ToArray());
        Assert.Equal(new int?[] { 1, 2, 2, 4 }, ranked.Select(r => r.Rank).ToArray());
    }

    [Fact]
    public void Rank_NoScore_NoRankAndListedLast()
    {
        var ranked = ScorecardRanking.Rank(new[]
        {
            new RankCandidate("a", "bu", "p", null),
            new RankCandidate("b", "bu", "p", 50m),
        });

        Assert.Equal(new int?[] { 1, null }, ranked.Select(r => r.Rank).ToArray());
        Assert.Equal("a", ranked[1].ScorecardKey);
    }

    [Fact]
    public void Rank_SeparateBusinessUnitsAndPeriods_RankedSeparately()
    {
        var ranked = ScorecardRanking.Rank(new[]
        {
            new RankCandidate("east-1", "east", "Q1", 100m),
            new RankCandidate("west-1", "west", "Q1", 90m),
            new RankCandidate("east-2", "east", "Q1", 110m),
            new RankCandidate("east-3", "east", "Q2", 80m),
        });

        Assert.Equal(1, ranked.Single(r => r.ScorecardKey == "east-2").Rank);
        Assert.Equal(2, ranked.Single(r => r.ScorecardKey == "east-1").Rank);
        Assert.Equal(1, ranked.Single(r => r.ScorecardKey == "east-3").Rank);
        Assert.Equal(1, ranked.Single(r => r.ScorecardKey == "west-1").Rank);
    }

    [Fact]
    public void Rank_InputOrderShuffled_SameResult()
    {
        var candidates = new[]
        {
            new RankCandidate("a", "bu", "p", 98m),
            new RankCandidate("b", "bu", "p", 98m),
            new RankCandidate("c", "bu", "p", 100m),
        };

        Assert.Equal(ScorecardRanking.Rank(candidates), ScorecardRanking.Rank(candidates.Reverse()));
    }
}
