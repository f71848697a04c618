using System;
using System.Linq;
using SalesPerf.Plugins.Leaderboard;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Leaderboard;

public sealed class LeaderboardTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000000d");
    private static readonly Guid E = Guid.Parse("00000000-0000-0000-0000-00000000000e");

    [Fact]
    public void LeaderboardRanking_TiedScores_ShareARankAndTheNextSkips()
    {
        var entries = LeaderboardRanking.Rank(
        [
            new LeaderboardSource(Guid.NewGuid(), D, "Dan", 90m),
            new LeaderboardSource(Guid.NewGuid(), C, "Cleo", 98m),
            new LeaderboardSource(Guid.NewGuid(), A, "Alice", 106m),
            new LeaderboardSource(Guid.NewGuid(), B, "Bob", 98m),
        ]);

        Assert.Equal(["Alice", "Bob", "Cleo", "Dan"], entries.Select(e => e.Name));
        Assert.Equal([1, 2, 2, 4], entries.Select(e => e.Rank!.Value));
    }

    [Fact]
    public void LeaderboardRanking_OnlySomeRowsShown_ShownRowsKeepTheirRankAmongAll()
    {
        var cleosScorecard = Guid.NewGuid();
        var dansScorecard = Guid.NewGuid();

        var entries = LeaderboardRanking.Rank(
            [
                new LeaderboardSource(dansScorecard, D, "Dan", 90m),
                new LeaderboardSource(cleosScorecard, C, "Cleo", 98m),
                new LeaderboardSource(Guid.NewGuid(), A, "Alice", 106m),
                new LeaderboardSource(Guid.NewGuid(), B, "Bob", 98m),
            ],
            source => source.RecordId == cleosScorecard || source.RecordId == dansScorecard);

        // 106, 98, 98, 90 → 1, 2, 2, 4 over everyone; the caller sees Cleo and Dan only.
        Assert.Equal(["Cleo", "Dan"], entries.Select(e => e.Name));
        Assert.Equal([2, 4], entries.Select(e => e.Rank!.Value));
    }

    [Fact]
    public void LeaderboardRanking_RowWithoutValue_ListedLastWithoutRank()
    {
        var entries = LeaderboardRanking.Rank(
        [
            new LeaderboardSource(Guid.NewGuid(), E, "Eve", null),
            new LeaderboardSource(Guid.NewGuid(), A, "Alice", 80m),
        ]);

        Assert.Equal("Eve", entries[1].Name);
        Assert.Null(entries[1].Rank);
        Assert.Null(entries[1].Value);
    }

    [Fact]
    public void LeaderboardJson_Rows_WrittenInOrderWithInvariantNumbersAndNulls()
    {
        var json = LeaderboardJson.Write([new LeaderboardEntry(A, "Alice", 106.50m, 1), new LeaderboardEntry(B, "Bob", null, null)]);

        Assert.Equal(
            "[{\"owner\":\"00000000-0000-0000-0000-00000000000a\",\"name\":\"Alice\",\"value\":106.50,\"rank\":1},"
            + "{\"owner\":\"00000000-0000-0000-0000-00000000000b\",\"name\":\"Bob\",\"value\":null,\"rank\":null}]",
            json);
    }

    [Fact]
    public void LeaderboardJson_NoRows_EmptyArray()
    {
        Assert.Equal("[]", LeaderboardJson.Write([]));
    }

    [Theory]
    [InlineData("O\"Neil", "\"O\\\"Neil\"")] // quote
    [InlineData("a\\b", "\"a\\\\b\"")] // backslash
    [InlineData("line\nbreak\ttab", "\"line\\nbreak\\ttab\"")] // control characters with short escapes
    [InlineData("bell\u0007", "\"bell\\u0007\"")] // other control characters
    [InlineData("王芳", "\"王芳\"")] // non-ASCII kept as it is
    public void LeaderboardJson_Quote_EscapesWhatJsonRequires(string text, string expected)
    {
        Assert.Equal(expected, LeaderboardJson.Quote(text));
    }

    [Fact]
    public void Declaration_GetLeaderboard_FunctionWithTheContractParameters()
    {
        var api = PluginCatalog.ReadCustomApi(typeof(GetLeaderboardPlugin))!;

        Assert.Equal("spm_GetLeaderboard", api.UniqueName);
        Assert.True(api.IsFunction);
        var optional = api.RequestParameters.ToDictionary(p => p.UniqueName, p => p.IsOptional);
        Assert.Equal(3, optional.Count);
        Assert.False(optional["Period"]);
        Assert.True(optional["Kpi"]);
        Assert.True(optional["BusinessUnit"]);
        Assert.Equal("Rows", api.ResponseProperties.Single().UniqueName);
    }
}
