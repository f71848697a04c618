using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesPerf.Scenarios;

namespace SalesPerf.Reviews.Tests;

/// <summary>The review and leaderboard scenario files: they run to exit 0, and the leaderboards they ask for are read back.</summary>
public sealed class ReviewScenarioTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            files.Add(file!);
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ScenarioFile_Run_ExitsZero(string file)
    {
        var run = ScenarioRunner.RunFile(Path.Combine(Folder, file));

        Assert.True(run.Succeeded, run.Message);
        Assert.True(run.ExpectationsChecked > 0);
    }

    [Fact]
    public void LeaderboardDealWon_Responses_AliceOvertakesBobByKpiAndOverall()
    {
        var responses = Leaderboards("leaderboard-deal-won.json");

        Assert.Equal(4, responses.Length);
        Assert.Equal(("Bob Li", 50m, 1), Top(responses[0]));
        Assert.Equal(("Bob Li", 50m, 1), Top(responses[1]));
        Assert.Equal(["Alice Wang", "Bob Li"], Names(responses[2]));
        Assert.Equal(["Alice Wang", "Bob Li"], Names(responses[3]));
        Assert.Equal([1, 2], responses[3].Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal([80m, 50m], responses[3].Select(r => r.GetProperty("value").GetDecimal()));
    }

    [Fact]
    public void LeaderboardTies_Responses_StandardCompetitionRankingThenDanFirst()
    {
        var responses = Leaderboards("leaderboard-ties.json");

        Assert.Equal(["Alice Wang", "Bob Li", "Cleo Ma", "Dan Wu"], Names(responses[0]));
        Assert.Equal([1, 2, 2, 4], responses[0].Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(["Dan Wu", "Alice Wang", "Bob Li", "Cleo Ma"], Names(responses[1]));
        Assert.Equal([1, 2, 3, 3], responses[1].Select(r => r.GetProperty("rank").GetInt32()));
    }

    private static JsonElement[][] Leaderboards(string file)
    {
        var run = ScenarioRunner.RunFile(Path.Combine(Folder, file));
        Assert.True(run.Succeeded, run.Message);
        return run.Result!["responses"]!.AsArray()
            .Where(r => (string?)r!["request"] == "spm_GetLeaderboard")
            .Select(r => JsonDocument.Parse((string)r!["results"]!["Rows"]!).RootElement.EnumerateArray().ToArray())
            .ToArray();
    }

    private static (string, decimal, int) Top(JsonElement[] rows) =>
        (rows[0].GetProperty("name").GetString()!, rows[0].GetProperty("value").GetDecimal(), rows[0].GetProperty("rank").GetInt32());

    private static string[] Names(JsonElement[] rows) => rows.Select(r => r.GetProperty("name").GetString()!).ToArray();
}
