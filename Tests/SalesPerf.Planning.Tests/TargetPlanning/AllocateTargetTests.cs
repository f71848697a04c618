using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Planning.Tests.Support;
using static SalesPerf.Planning.Tests.Support.PlanningOrg;

namespace SalesPerf.Planning.Tests.TargetPlanning;

public sealed class AllocateTargetTests
{
    [Fact]
    public void Allocate_ByValue_CreatesMemberTargetsAndReconcilesTheTeamTarget()
    {
        var team = TeamTarget(100_000m);

        var response = team.Allocate($"[{{\"owner\": \"{team.Alice}\", \"value\": 60000}}, {{\"owner\": \"{team.Bob}\", \"value\": 30000}}]");

        Assert.Equal(2, response["Created"]);
        var members = team.Org.Children(team.Target);
        Assert.Equal(new[] { 30_000m, 60_000m }, members.Select(m => m.GetAttributeValue<decimal>("spm_targetvalue")).OrderBy(v => v));
        Assert.All(members, m =>
        {
            Assert.Equal(team.Period, m.GetAttributeValue<EntityReference>("spm_periodid").Id);
            Assert.Equal(team.Kpi, m.GetAttributeValue<EntityReference>("spm_kpiid").Id);
            Assert.Equal(100000000, m.GetAttributeValue<OptionSetValue>("spm_rollupsource").Value);
        });
        Assert.Equal(team.Alice, members.Single(m => m.GetAttributeValue<decimal>("spm_targetvalue") == 60_000m).GetAttributeValue<EntityReference>("ownerid").Id);
        var parent = team.Org.Target(team.Target);
        Assert.Equal(100000001, parent.GetAttributeValue<OptionSetValue>("spm_rollupsource").Value);
        Assert.Equal(90_000m, parent.GetAttributeValue<decimal>("spm_allocatedvalue"));
        Assert.Equal(10_000m, parent.GetAttributeValue<decimal>("spm_allocationvariance"));
    }

    [Fact]
    public void Allocate_ByPercent_GivesTheLastMemberTheRemainder()
    {
        var team = TeamTarget(100_000m);

        team.Allocate($"[{{\"owner\": \"{team.Alice}\", \"percent\": 33.333}}, {{\"owner\": \"{team.Bob}\", \"percent\": 66.667}}]");

        var members = team.Org.Children(team.Target);
        Assert.Equal(33_333m, Member(members, team.Alice));
        Assert.Equal(66_667m, Member(members, team.Bob));
        Assert.Equal(0m, team.Org.Target(team.Target).GetAttributeValue<decimal>("spm_allocationvariance"));
    }

    [Fact]
    public void AllocatedAndVariance_AfterEachChange_StayCurrent()
    {
        var team = TeamTarget(100_000m);
        team.Allocate($"[{{\"owner\": \"{team.Alice}\", \"value\": 60000}}, {{\"owner\": \"{team.Bob}\", \"value\": 30000}}]");
        var members = team.Org.Children(team.Target);
        var alice = members.Single(m => m.GetAttributeValue<EntityReference>("ownerid").Id == team.Alice).Id;
        var bob = members.Single(m => m.GetAttributeValue<EntityReference>("ownerid").Id == team.Bob).Id;

        team.Org.Service.Update(new Entity("spm_target", alice) { ["spm_targetvalue"] = 70_000m });
        AssertReconciled(team, 100_000m, 0m);

        team.Org.Service.Update(new Entity("spm_target", team.Target) { ["spm_targetvalue"] = 120_000m });
        AssertReconciled(team, 100_000m, 20_000m);

        team.Org.Execute(
            "SetState", ("EntityMoniker", new EntityReference("spm_target", bob)), ("State", new OptionSetValue(1)), ("Status", new OptionSetValue(2)));
        AssertReconciled(team, 70_000m, 50_000m);

        var carol = team.Org.Org.CreateUser("Carol Li");
        team.Org.CreateTarget("Carol by hand", carol, team.Kpi, team.Period, 15_000m, parent: team.Target);
        AssertReconciled(team, 85_000m, 35_000m);

        team.Org.Service.Delete("spm_target", alice);
        AssertReconciled(team, 15_000m, 105_000m);
    }

    [Fact]
    public void Allocate_Twice_UpdatesExistingMembersWithoutDuplicates()
    {
        var team = TeamTarget(100_000m);
        team.Allocate($"[{{\"owner\": \"{team.Alice}\", \"value\": 60000}}]");

        var again = team.Allocate($"[{{\"owner\": \"{team.Alice}\", \"value\": 50000}}, {{\"owner\": \"{team.Bob}\", \"value\": 50000}}]");

        Assert.Equal(1, again["Created"]);
        Assert.Equal(2, team.Org.Children(team.Target).Count);
        AssertReconciled(team, 100_000m, 0m);
    }

    [Theory]
    [InlineData("[{\"owner\": \"x\", \"value\": }]", "SPM-TGT-030")] // a value that is not a number
    [InlineData("{\"owner\": \"x\"}", "SPM-TGT-030")] // an object instead of an array
    [InlineData("[{\"owner\": \"x\", \"value\": 1, \"percent\": 2}]", "SPM-TGT-030")] // both value and percent
    [InlineData("[]", "SPM-TGT-024")] // no members
    [InlineData("[{\"owner\": \"ALICE\", \"percent\": 60}, {\"owner\": \"BOB\", \"percent\": 50}]", "SPM-TGT-023")] // percents over 100
    [InlineData("[{\"owner\": \"ALICE\", \"value\": -5}]", "SPM-TGT-020")] // a negative amount
    [InlineData("[{\"owner\": \"ALICE\", \"value\": 5}, {\"owner\": \"ALICE\", \"value\": 6}]", "SPM-TGT-022")] // an owner twice
    [InlineData("[{\"owner\": \"6f1c2b7e-0000-4000-8000-000000000001\", \"value\": 5}]", "SPM-TGT-031")] // not a user or team
    public void Allocate_BadAllocations_FaultsAndCreatesNothing(string json, string code)
    {
        var team = TeamTarget(100_000m);
        var before = team.Org.Count("spm_target");

        var fault = Fault(() => team.Allocate(json.Replace("ALICE", team.Alice.ToString(), StringComparison.Ordinal).Replace("BOB", team.Bob.ToString(), StringComparison.Ordinal)));

        Assert.StartsWith("[" + code + "] Target 'East revenue Q1'", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(before, team.Org.Count("spm_target"));
        Assert.Equal(100000000, team.Org.Target(team.Target).GetAttributeValue<OptionSetValue>("spm_rollupsource").Value);
    }

    private static decimal Member(System.Collections.Generic.List<Entity> members, Guid owner) =>
        members.Single(m => m.GetAttributeValue<EntityReference>("ownerid").Id == owner).GetAttributeValue<decimal>("spm_targetvalue");

    private static void AssertReconciled(TeamSetup team, decimal allocated, decimal variance)
    {
        var parent = team.Org.Target(team.Target);
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, "{0:0.00}/{1:0.00}", allocated, variance),
            string.Format(CultureInfo.InvariantCulture, "{0:0.00}/{1:0.00}", parent.GetAttributeValue<decimal?>("spm_allocatedvalue"), parent.GetAttributeValue<decimal?>("spm_allocationvariance")));
    }

    private static TeamSetup TeamTarget(decimal value)
    {
        var org = new PlanningOrg();
        org.CreateYear(2026);
        var alice = org.Org.CreateUser("Alice Wang");
        var bob = org.Org.CreateUser("Bob Chen");
        var east = org.Org.CreateTeam("East", new[] { alice, bob });
        var kpi = org.CreateKpi("REV", MeasureRevenue);
        var period = org.Period("FY2026-Q1").Id;
        var target = org.CreateTarget("East revenue Q1", east, kpi, period, value, ownerTable: "team");
        return new TeamSetup(org, target, alice, bob, kpi, period);
    }

    private sealed record TeamSetup(PlanningOrg Org, Guid Target, Guid Alice, Guid Bob, Guid Kpi, Guid Period)
    {
        public OrganizationResponse Allocate(string json) =>
            Org.Execute("spm_AllocateTarget", ("Target", new EntityReference("spm_target", Target)), ("Allocations", json));
    }
}
