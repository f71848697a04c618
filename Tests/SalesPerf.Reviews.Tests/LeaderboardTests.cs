using System;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;
using SalesPerf.Reviews.Tests.Support;

namespace SalesPerf.Reviews.Tests;

public sealed class LeaderboardTests
{
    [Fact]
    public void GetLeaderboard_Overall_RanksByWeightedScoreWithSharedRanks()
    {
        var org = ReviewOrg.Create();
        org.Score(org.AliceScorecard, 106m);
        org.Score(org.BobScorecard, 98m);
        org.Score(org.CarlScorecard, 98m);

        var rows = Leaderboard(org, org.Org.Service);

        Assert.Equal(["Alice Wang", "Bob Li", "Carl Zhou"], rows.Select(r => r.Name));
        Assert.Equal([1, 2, 2], rows.Select(r => r.Rank));
        Assert.Equal([106m, 98m, 98m], rows.Select(r => r.Value));
        Assert.Equal(org.Alice, rows[0].Owner);
    }

    [Fact]
    public void GetLeaderboard_ScorecardScoreRises_OrderChanges()
    {
        var org = ReviewOrg.Create();
        org.Score(org.AliceScorecard, 106m);
        org.Score(org.BobScorecard, 98m);
        org.Score(org.CarlScorecard, 90m);
        var before = Leaderboard(org, org.Org.Service);

        org.Score(org.CarlScorecard, 110m); // as the engine writes it when Carl wins a deal

        var after = Leaderboard(org, org.Org.Service);
        Assert.Equal("Carl Zhou", before[2].Name);
        Assert.Equal(["Carl Zhou", "Alice Wang", "Bob Li"], after.Select(r => r.Name));
        Assert.Equal([1, 2, 3], after.Select(r => r.Rank));
    }

    [Fact]
    public void GetLeaderboard_ScorecardWithoutScore_LastWithoutRank()
    {
        var org = ReviewOrg.Create();
        org.Score(org.AliceScorecard, 106m);

        var rows = Leaderboard(org, org.Org.Service);

        Assert.Equal(1, rows[0].Rank);
        Assert.All(rows.Skip(1), r => Assert.Null(r.Rank));
        Assert.All(rows.Skip(1), r => Assert.Null(r.Value));
    }

    [Fact]
    public void GetLeaderboard_OtherBusinessUnit_NoRows()
    {
        var org = ReviewOrg.Create();
        org.Score(org.AliceScorecard, 106m);
        var west = org.Org.CreateBusinessUnit("West");

        var rows = Leaderboard(org, org.Org.Service, west);

        Assert.Empty(rows);
    }

    [Fact]
    public void GetLeaderboard_AsARep_RanksAsSystemAndTrimsAsTheRep()
    {
        var org = ReviewOrg.Create(CallerProbe.On("spm_scorecard"));
        org.Score(org.AliceScorecard, 106m);

        org.Org.StepLog.Clear();

        Leaderboard(org, org.As(org.Alice));

        // Ranks need every row in scope (SYSTEM); which ranked rows Alice gets is her own read access (UserId).
        var probes = org.Org.StepLog.For(typeof(CallerProbe).FullName!).ToList();
        Assert.Equal(2, probes.Count);
        Assert.All(probes, p => Assert.Equal(2, p.Depth));
        Assert.Contains(probes, p => p.Trace.Contains("UserId " + org.Org.SystemUserId.ToString("D")));
        Assert.Contains(probes, p => p.Trace.Contains("UserId " + org.Alice.ToString("D")));
    }

    internal static Row[] Leaderboard(ReviewOrg org, IOrganizationService service, Guid? businessUnit = null, Guid? kpi = null)
    {
        var request = new OrganizationRequest("spm_GetLeaderboard") { ["Period"] = new EntityReference("spm_period", org.Period) };
        if (businessUnit.HasValue)
        {
            request["BusinessUnit"] = new EntityReference("businessunit", businessUnit.Value);
        }

        if (kpi.HasValue)
        {
            request["Kpi"] = new EntityReference("spm_kpi", kpi.Value);
        }

        var json = (string)service.Execute(request).Results["Rows"];
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => new Row(
            Guid.Parse(e.GetProperty("owner").GetString()!),
            e.GetProperty("name").GetString()!,
            e.GetProperty("value").ValueKind == JsonValueKind.Null ? null : e.GetProperty("value").GetDecimal(),
            e.GetProperty("rank").ValueKind == JsonValueKind.Null ? null : e.GetProperty("rank").GetInt32())).ToArray();
    }

    internal sealed record Row(Guid Owner, string Name, decimal? Value, int? Rank);
}
