using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Reviews.Tests.Support;

namespace SalesPerf.Reviews.Tests;

/// <summary>Leaderboards moved by the real-time attainment engine: a won deal changes the order in the same transaction.</summary>
public sealed class DealLeaderboardTests
{
    [Fact]
    public void GetLeaderboard_ByRevenueKpi_ChangesWhenADealIsWon()
    {
        var org = ReviewOrg.Create();
        var kpi = Revenue(org);
        Target(org, kpi, org.Alice, org.AliceScorecard);
        Target(org, kpi, org.Bob, org.BobScorecard);
        var account = org.Org.Service.Create(new Entity("account") { ["name"] = "Acme" });
        var alicesDeal = Deal(org, org.Alice, account, 80000m);
        var bobsDeal = Deal(org, org.Bob, account, 50000m);

        Win(org, bobsDeal, 50000m);
        var afterBob = LeaderboardTests.Leaderboard(org, org.Org.Service, kpi: kpi);
        Win(org, alicesDeal, 80000m);
        var afterAlice = LeaderboardTests.Leaderboard(org, org.Org.Service, kpi: kpi);

        Assert.Equal("Bob Li", afterBob[0].Name);
        Assert.Equal(50m, afterBob[0].Value);
        Assert.Equal(1, afterBob[0].Rank);
        Assert.Equal(["Alice Wang", "Bob Li"], afterAlice.Select(r => r.Name));
        Assert.Equal([80m, 50m], afterAlice.Select(r => r.Value));
        Assert.Equal([1, 2], afterAlice.Select(r => r.Rank));
    }

    [Fact]
    public void GetLeaderboard_Overall_ChangesWhenADealIsWon()
    {
        var org = ReviewOrg.Create();
        var kpi = Revenue(org);
        Target(org, kpi, org.Alice, org.AliceScorecard);
        Target(org, kpi, org.Bob, org.BobScorecard);
        var account = org.Org.Service.Create(new Entity("account") { ["name"] = "Acme" });
        var alicesDeal = Deal(org, org.Alice, account, 80000m);
        var bobsDeal = Deal(org, org.Bob, account, 50000m);

        Win(org, bobsDeal, 50000m);
        var afterBob = LeaderboardTests.Leaderboard(org, org.Org.Service);
        Win(org, alicesDeal, 80000m);
        var afterAlice = LeaderboardTests.Leaderboard(org, org.Org.Service);

        Assert.Equal("Bob Li", afterBob[0].Name);
        Assert.Equal(1, afterBob[0].Rank);
        Assert.Equal(["Alice Wang", "Bob Li"], afterAlice.Take(2).Select(r => r.Name));
        Assert.Equal([80m, 50m], afterAlice.Take(2).Select(r => r.Value));
    }

    private static Guid Revenue(ReviewOrg org) => org.Org.Service.Create(new Entity("spm_kpi")
    {
        ["spm_name"] = "New revenue",
        ["spm_code"] = "REV",
        ["spm_measure"] = new OptionSetValue(100000000),
        ["spm_direction"] = new OptionSetValue(100000000),
        ["spm_unit"] = new OptionSetValue(100000000),
    });

    private static void Target(ReviewOrg org, Guid kpi, Guid owner, Guid scorecard) => org.Org.Service.Create(new Entity("spm_target")
    {
        ["spm_name"] = "Revenue FY2026 Q1",
        ["ownerid"] = new EntityReference("systemuser", owner),
        ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
        ["spm_periodid"] = new EntityReference("spm_period", org.Period),
        ["spm_scorecardid"] = new EntityReference("spm_scorecard", scorecard),
        ["spm_targetvalue"] = 100000m,
        ["spm_weight"] = 100m,
    });

    private static Guid Deal(ReviewOrg org, Guid owner, Guid account, decimal value) => org.As(owner).Create(new Entity("opportunity")
    {
        ["name"] = "Deal " + value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["customerid"] = new EntityReference("account", account),
        ["estimatedvalue"] = new Money(value),
        ["estimatedclosedate"] = new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc),
    });

    private static void Win(ReviewOrg org, Guid opportunity, decimal revenue) => org.Org.Service.Execute(new OrganizationRequest("WinOpportunity")
    {
        ["OpportunityClose"] = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", opportunity),
            ["actualrevenue"] = new Money(revenue),
            ["actualend"] = new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc),
        },
        ["Status"] = new OptionSetValue(3),
    });
}
