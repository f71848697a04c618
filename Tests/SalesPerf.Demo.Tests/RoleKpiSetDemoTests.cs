using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Demo.Generation;

namespace SalesPerf.Demo.Tests;

/// <summary>Issue 14 in the demo: reps scored on the role KPI sets, and the visits, leads and survey answers those KPIs measure.</summary>
public sealed class RoleKpiSetDemoTests : IClassFixture<SmallDemoFixture>
{
    private readonly SmallDemoFixture _demo;

    public RoleKpiSetDemoTests(SmallDemoFixture demo) => _demo = demo;

    [Fact]
    public void Generate_DefaultOptions_GivesEachRepARoleSet()
    {
        var plan = DemoGenerator.Generate(new DemoOptions());
        var sets = Creates(plan, "spm_kpiset").ToDictionary(e => e.Id, e => e.GetAttributeValue<string>("spm_name"));
        var scorecards = Creates(plan, "spm_scorecard").ToList();

        // 10 reps: hunters at places 0, 2, 4 (East) and 5, 7, 9 (North) alternate hunter / field rep; the other 4 are
        // account managers. Each rep has a year and four quarter scorecards.
        var perSet = scorecards.GroupBy(s => sets[s.GetAttributeValue<EntityReference>("spm_kpisetid").Id]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, perSet.Count);
        Assert.Equal(15, perSet.Single(p => p.Key.StartsWith("Hunter 新客户开拓 (issue 14)", StringComparison.Ordinal)).Value);
        Assert.Equal(15, perSet.Single(p => p.Key.StartsWith("Field rep", StringComparison.Ordinal)).Value);
        Assert.Equal(20, perSet.Single(p => p.Key.StartsWith("Key-account", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Generate_DefaultOptions_KeepsOneRevenueTargetPerRepAndPeriod()
    {
        var plan = DemoGenerator.Generate(new DemoOptions());
        var revenue = Creates(plan, "spm_kpi").Single(k => k.GetAttributeValue<string>("spm_code") == "REV").Id;
        var repTargets = Creates(plan, "spm_target")
            .Where(t => t.GetAttributeValue<EntityReference>("spm_kpiid").Id == revenue && t.GetAttributeValue<EntityReference>("ownerid").LogicalName == "systemuser")
            .ToList();

        Assert.Equal(10 * 5, repTargets.Count);
        Assert.All(repTargets, t => Assert.NotNull(t.GetAttributeValue<EntityReference>("spm_parenttargetid")));
        Assert.Equal(10 * 5, repTargets.Select(t => (t.GetAttributeValue<EntityReference>("ownerid").Id, t.GetAttributeValue<EntityReference>("spm_periodid").Id)).Distinct().Count());
    }

    [Fact]
    public void Run_SmallDemo_WritesVisitsLeadsAndSurveyResponses()
    {
        var appointments = _demo.Organization.Rows("appointment");
        var leads = _demo.Organization.Rows("lead");

        Assert.Contains(appointments, a => State(a) == 1);
        Assert.Contains(appointments, a => State(a) == 0);
        Assert.Contains(leads, l => State(l) == 1);
        Assert.Contains(leads, l => State(l) == 2);
        Assert.NotEmpty(_demo.Organization.Rows("spm_surveyresponse"));
    }

    [Fact]
    public void Run_SmallDemo_CompletedVisitsEqualTheRepsCompletedAppointments()
    {
        var appointments = _demo.Organization.Rows("appointment");
        var checkedTargets = 0;
        foreach (var (target, owner, start, end) in Targets("VISITS"))
        {
            var expected = appointments.Count(a => State(a) == 1 && Owner(a) == owner && InPeriod(a.GetAttributeValue<DateTime>("scheduledend"), start, end));
            Assert.Equal(expected, target.GetAttributeValue<decimal?>("spm_actualvalue") ?? 0m);
            checkedTargets += expected > 0 ? 1 : 0;
        }

        Assert.True(checkedTargets > 0, "no VISITS target with visits");
    }

    [Fact]
    public void Run_SmallDemo_LeadConversionIsQualifiedOverClosedLeads()
    {
        var leads = _demo.Organization.Rows("lead");
        var checkedTargets = 0;
        foreach (var (target, owner, start, end) in Targets("LEADCONV"))
        {
            var closed = leads.Where(l => Owner(l) == owner && l.Contains("spm_closedon") && InPeriod(l.GetAttributeValue<DateTime>("spm_closedon"), start, end)).ToList();
            Assert.Equal(closed.Count(l => State(l) == 1), target.GetAttributeValue<decimal?>("spm_numerator") ?? 0m);
            Assert.Equal(closed.Count, target.GetAttributeValue<decimal?>("spm_denominator") ?? 0m);
            checkedTargets += closed.Count > 0 ? 1 : 0;
        }

        Assert.True(checkedTargets > 0, "no LEADCONV target with closed leads");
    }

    [Fact]
    public void Run_SmallDemo_SatisfactionIsTheAverageScoreOfTheRepsAccounts()
    {
        var accountOwner = _demo.Organization.Rows("account").ToDictionary(a => a.Id, Owner);
        var responses = _demo.Organization.Rows("spm_surveyresponse");
        var checkedTargets = 0;
        foreach (var (target, owner, start, end) in Targets("CSAT"))
        {
            var scores = responses
                .Where(r => accountOwner[r.GetAttributeValue<EntityReference>("spm_customerid").Id] == owner
                    && InPeriod(r.GetAttributeValue<DateTime>("spm_respondedon"), start, end))
                .Select(r => r.GetAttributeValue<decimal>("spm_score")).ToList();
            Assert.Equal(scores.Sum(), target.GetAttributeValue<decimal?>("spm_numerator") ?? 0m);
            Assert.Equal(scores.Count, target.GetAttributeValue<decimal?>("spm_denominator") ?? 0m);
            checkedTargets += scores.Count > 0 ? 1 : 0;
        }

        Assert.True(checkedTargets > 0, "no CSAT target with responses");
    }

    private static IEnumerable<Entity> Creates(DemoPlan plan, string table) =>
        plan.Steps.Where(s => s.Request.RequestName == "Create").Select(s => (Entity)s.Request["Target"]).Where(e => e.LogicalName == table);

    private IEnumerable<(Entity Target, Guid Owner, DateTime Start, DateTime End)> Targets(string code)
    {
        var kpi = _demo.Organization.Rows("spm_kpi").Single(k => k.GetAttributeValue<string>("spm_code") == code).Id;
        var periods = _demo.Organization.Rows("spm_period").ToDictionary(p => p.Id);
        var targets = _demo.Organization.Rows("spm_target").Where(t => t.GetAttributeValue<EntityReference>("spm_kpiid").Id == kpi).ToList();
        Assert.NotEmpty(targets);
        foreach (var target in targets)
        {
            var period = periods[target.GetAttributeValue<EntityReference>("spm_periodid").Id];
            yield return (target, Owner(target), period.GetAttributeValue<DateTime>("spm_startdate"), period.GetAttributeValue<DateTime>("spm_enddate"));
        }
    }

    private static bool InPeriod(DateTime at, DateTime start, DateTime end) => at.Date >= start.Date && at.Date <= end.Date;

    private static Guid Owner(Entity row) => row.GetAttributeValue<EntityReference>("ownerid").Id;

    private static int State(Entity row) => row.GetAttributeValue<OptionSetValue>("statecode").Value;
}
