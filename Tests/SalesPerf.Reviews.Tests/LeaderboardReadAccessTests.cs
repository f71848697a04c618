using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg;
using SalesPerf.LocalOrg.Security;
using SalesPerf.Scenarios;
using static SalesPerf.Reviews.Tests.Support.RoleOrg;

namespace SalesPerf.Reviews.Tests;

/// <summary>
/// Issue #6: spm_GetLeaderboard returns ranked rows that respect the caller's read access. The ranks come from every
/// row in scope; the caller's roles (Solution/Roles) decide which of them they get: SalesPerf Rep reads Basic (own
/// rows, domain.md 2), SalesPerf Manager Deep (business unit and child units), SalesPerf Admin Global.
/// </summary>
public sealed class LeaderboardReadAccessTests
{
    private static readonly JsonElement[][] Responses = Leaderboards("leaderboard-read-access.json");

    [Fact]
    public void Scenario_RepWithBasicRead_GetsOnlyHerOwnRowWithHerBusinessUnitRank()
    {
        // East: Bob 110, Alice 90 → Alice is second in her business unit.
        Assert.Equal([("Alice Wang", 90m, 2)], Rows(Responses[0]));
    }

    [Fact]
    public void Scenario_ManagerWithDeepRead_GetsHerBusinessUnit()
    {
        Assert.Equal([("Bob Li", 110m, 1), ("Alice Wang", 90m, 2)], Rows(Responses[1]));
    }

    [Fact]
    public void Scenario_ManagerWithoutUnitFilter_GetsHerUnitWithOrganisationRanks()
    {
        // Wendy (West, 120) ranks first in the organisation but is not the manager's to read.
        Assert.Equal([("Bob Li", 110m, 2), ("Alice Wang", 90m, 3)], Rows(Responses[2]));
    }

    [Fact]
    public void Scenario_AdminWithGlobalRead_GetsEveryone()
    {
        Assert.Equal([("Wendy Zhao", 120m, 1), ("Bob Li", 110m, 2), ("Alice Wang", 90m, 3)], Rows(Responses[3]));
    }

    [Fact]
    public void Scenario_RepOfAnotherUnit_GetsNoneOfTheFirstUnit()
    {
        Assert.Empty(Responses[4]);
    }

    [Fact]
    public void Scenario_RepByKpi_GetsHerOwnTargetWithItsRank()
    {
        Assert.Equal([("Alice Wang", 90m, 3)], Rows(Responses[5]));
    }

    [Fact]
    public void Leaderboard_ManagerWithDeepRead_ReachesAChildUnitButNotASiblingUnit()
    {
        var org = new LocalOrganization();
        var east = org.CreateBusinessUnit("East");
        var eastNorth = org.CreateBusinessUnit("East North", east);
        var west = org.CreateBusinessUnit("West");
        var nancy = User(org, "Nancy Warner", east, "SalesPerf Manager");
        var carl = User(org, "Carl Zhou", eastNorth, "SalesPerf Rep");
        var wendy = User(org, "Wendy Zhao", west, "SalesPerf Rep");
        var period = Period(org);
        var kpi = ManualKpi(org);
        Scored(org, carl, period, kpi, 95m);
        Scored(org, wendy, period, kpi, 105m);

        var rows = Leaderboard(org.ServiceFor(nancy), period);

        Assert.Equal([("Carl Zhou", 95m, 2)], rows);
    }

    [Fact]
    public void Leaderboard_SystemAdministrator_GetsEveryone()
    {
        var org = new LocalOrganization();
        var east = org.CreateBusinessUnit("East");
        var carl = User(org, "Carl Zhou", east, "SalesPerf Rep");
        var rita = org.CreateUser("Rita Stone");
        org.AssignRole(rita, BuiltInRole.SystemAdministrator.TemplateId);
        var period = Period(org);
        var kpi = ManualKpi(org);
        Scored(org, carl, period, kpi, 95m);

        var rows = Leaderboard(org.ServiceFor(rita), period);

        Assert.Equal([("Carl Zhou", 95m, 1)], rows);
    }

    private static (string, decimal, int)[] Leaderboard(IOrganizationService service, Guid period)
    {
        var request = new OrganizationRequest("spm_GetLeaderboard") { ["Period"] = new EntityReference("spm_period", period) };
        using var document = JsonDocument.Parse((string)service.Execute(request).Results["Rows"]);
        return Rows(document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray());
    }

    private static (string, decimal, int)[] Rows(JsonElement[] rows) =>
        rows.Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("value").GetDecimal(), r.GetProperty("rank").GetInt32())).ToArray();

    private static JsonElement[][] Leaderboards(string file)
    {
        var run = ScenarioRunner.RunFile(Path.Combine(AppContext.BaseDirectory, "Scenarios", file));
        Assert.True(run.Succeeded, run.Message);
        return run.Result!["responses"]!.AsArray()
            .Where(r => (string?)r!["request"] == "spm_GetLeaderboard")
            .Select(r => JsonDocument.Parse((string)r!["results"]!["Rows"]!).RootElement.EnumerateArray().Select(e => e.Clone()).ToArray())
            .ToArray();
    }
}
