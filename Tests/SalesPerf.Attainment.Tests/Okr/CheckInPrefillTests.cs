using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.CheckIns;
using SalesPerf.Plugins.Okrs;

namespace SalesPerf.Attainment.Tests.Okr;

/// <summary>
/// A new check-in's agenda is pre-filled from the live numbers in the same transaction: the rep's behind-pace targets
/// of periods running on the meeting day and the rep's open reviews; the calls are counted.
/// </summary>
public sealed class CheckInPrefillTests
{
    [Fact]
    public void CreateOneToOne_RepBehindPaceAndReviewAwaitingSelfAssessment_AgendaPrefilledWithinBudget()
    {
        // 14 Feb 2026: Alice's Q1 revenue target 100,000 has 0 won (behind pace); her February target is met by a
        // 40,000 win (not behind); her Q2 target's period has not started on the meeting day (not on the agenda).
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var nancy = org.User("Nancy");
        var alice = org.User("Alice");
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var q1 = org.Target(alice, revenue, periods.Q1, 100_000m, t => t["spm_name"] = "Alice Revenue Q1");
        org.Target(alice, revenue, periods.February, 30_000m, t => t["spm_name"] = "Alice Revenue February");
        org.Target(alice, revenue, org.PeriodId("FY2026-Q2"), 100_000m, t => t["spm_name"] = "Alice Revenue Q2");
        var deal = org.Opportunity(alice, 40_000m, "2026-02-10");
        org.Win(deal, 40_000m, "2026-02-10");
        Assert.Equal(100000001, org.Row("spm_target", q1).GetAttributeValue<OptionSetValue>("spm_pacestatus").Value);
        var review = org.Service.Create(new Entity("spm_review")
        {
            ["spm_name"] = "Alice Q1 review",
            ["ownerid"] = new EntityReference("systemuser", alice),
            ["spm_reviewerid"] = new EntityReference("systemuser", nancy),
            ["spm_periodid"] = new EntityReference("spm_period", periods.Q1),
        });
        org.Service.Update(new Entity("spm_review", review) { ["statuscode"] = new OptionSetValue(100000000) });

        Guid checkIn = Guid.Empty;
        org.CallsDuring(() => checkIn = org.Service.Create(new Entity("spm_checkin")
        {
            ["spm_name"] = "Alice weekly",
            ["spm_repid"] = new EntityReference("systemuser", alice),
            ["spm_managerid"] = new EntityReference("systemuser", nancy),
            ["spm_meetingdate"] = SalesOrg.Date("2026-02-16"),
        }));

        var items = Items(org, checkIn);
        Assert.Equal(
            new[]
            {
                "Behind pace: 'Alice Revenue Q1' at 40.0 % · 落后进度：“Alice Revenue Q1”，达成率 40.0 %",
                "Review 'Alice Q1 review': self assessment awaited · 绩效评估“Alice Q1 review”：待自评",
            },
            items.Select(i => i.GetAttributeValue<string>("spm_name")).ToArray());
        Assert.Equal(q1, items[0].GetAttributeValue<EntityReference>("spm_targetid").Id);
        Assert.Equal(review, items[1].GetAttributeValue<EntityReference>("spm_reviewid").Id);
        Assert.All(items, i => Assert.Equal(alice, i.GetAttributeValue<EntityReference>("ownerid").Id));
        var row = org.Row("spm_checkin", checkIn);
        Assert.Equal(2, row.GetAttributeValue<int>("spm_prefilleditems"));
        Assert.Equal(alice, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(nancy, row.GetAttributeValue<EntityReference>("spm_managerid").Id);
        // Three bounded queries, one create per item, one update of the count.
        var calls = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(CheckInPrefillPlugin).FullName!);
        Assert.Equal(OkrBudget.CheckInPrefillQueries + items.Count + 1, calls);
    }

    [Fact]
    public void CreateTeamCheckIn_TeamTargetBehindPace_AgendaFromTheTeamsTargetsOwnedByTheTeam()
    {
        // The team's Q1 target has no attainment yet (nothing won): behind pace, named without a percent.
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var alice = org.User("Alice");
        var team = org.Org.CreateTeam("East", new[] { alice });
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        org.Target(team, revenue, periods.Q1, 300_000m, t => t["spm_name"] = "East Revenue Q1", ownerType: "team");

        var checkIn = org.Service.Create(new Entity("spm_checkin")
        {
            ["spm_name"] = "East monthly",
            ["spm_kind"] = new OptionSetValue(100000001),
            ["spm_cadence"] = new OptionSetValue(100000001),
            ["spm_teamid"] = new EntityReference("team", team),
            ["spm_meetingdate"] = SalesOrg.Date("2026-02-16"),
        });

        var items = Items(org, checkIn);
        Assert.Equal("Behind pace: 'East Revenue Q1' · 落后进度：“East Revenue Q1”", Assert.Single(items).GetAttributeValue<string>("spm_name"));
        Assert.Equal(team, org.Row("spm_checkin", checkIn).GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal("team", Assert.Single(items).GetAttributeValue<EntityReference>("ownerid").LogicalName);
    }

    private static List<Entity> Items(SalesOrg org, Guid checkIn)
    {
        var query = new QueryExpression("spm_checkinitem") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("spm_checkinid", ConditionOperator.Equal, checkIn);
        query.AddOrder("spm_source", OrderType.Ascending);
        return org.Service.RetrieveMultiple(query).Entities.ToList();
    }
}
