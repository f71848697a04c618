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

    [Fact]
    public void CreateOneToOne_OpenDevelopmentItemsDueInOrBeforeTheCheckInsPeriod_OnTheAgenda_WeeklyAndMonthly()
    {
        // Weekly check-in on Monday 16 Feb 2026 covers 16–22 Feb; monthly on the same day covers 16 Feb – 15 Mar.
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var nancy = org.User("Nancy");
        var alice = org.User("Alice");
        var plan = org.Service.Create(new Entity("spm_developmentplan")
        {
            ["spm_name"] = "Alice 2026 Q1 plan",
            ["ownerid"] = new EntityReference("systemuser", alice),
            ["spm_periodid"] = new EntityReference("spm_period", periods.Q1),
        });
        var overdue = DevelopmentItem(org, plan, "Negotiation course", "2026-02-10", InProgress);
        var lastDayOfWeek = DevelopmentItem(org, plan, "Pipeline hygiene", "2026-02-22", NotStarted);
        var nextWeek = DevelopmentItem(org, plan, "Product certification", "2026-02-23", NotStarted);
        var lastDayOfMonth = DevelopmentItem(org, plan, "Key account plan", "2026-03-15", InProgress);
        DevelopmentItem(org, plan, "Shadow a senior rep", "2026-03-16", NotStarted);
        DevelopmentItem(org, plan, "Cold calling", "2026-02-12", ItemCompleted);
        DevelopmentItem(org, plan, "Old webinar", "2026-02-01", ItemCancelled);
        DevelopmentItem(org, plan, "Read a book", null, NotStarted);
        var bob = org.User("Bob");
        var bobs = org.Service.Create(new Entity("spm_developmentplan")
        {
            ["spm_name"] = "Bob 2026 Q1 plan",
            ["ownerid"] = new EntityReference("systemuser", bob),
            ["spm_periodid"] = new EntityReference("spm_period", periods.Q1),
        });
        DevelopmentItem(org, bobs, "Bob's course", "2026-02-17", NotStarted);

        Guid weekly = Guid.Empty;
        org.CallsDuring(() => weekly = CheckIn(org, "Alice weekly", alice, nancy, Weekly));
        var calls = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(CheckInPrefillPlugin).FullName!);
        var monthly = CheckIn(org, "Alice monthly", alice, nancy, Monthly);

        var weeklyItems = Items(org, weekly);
        Assert.Equal(
            new[]
            {
                "Development: 'Negotiation course' due 2026-02-10 · 个人发展：“Negotiation course”，截止 2026-02-10",
                "Development: 'Pipeline hygiene' due 2026-02-22 · 个人发展：“Pipeline hygiene”，截止 2026-02-22",
            },
            weeklyItems.Select(i => i.GetAttributeValue<string>("spm_name")).ToArray());
        Assert.Equal(new[] { overdue, lastDayOfWeek }, weeklyItems.Select(i => i.GetAttributeValue<EntityReference>("spm_developmentitemid").Id).ToArray());
        Assert.All(weeklyItems, i => Assert.Equal(100000004, i.GetAttributeValue<OptionSetValue>("spm_source").Value));
        Assert.All(weeklyItems, i => Assert.Equal(alice, i.GetAttributeValue<EntityReference>("ownerid").Id));
        Assert.Equal(
            new[] { lastDayOfMonth, overdue, lastDayOfWeek, nextWeek },
            Items(org, monthly).Select(i => i.GetAttributeValue<EntityReference>("spm_developmentitemid").Id).ToArray());

        // Four bounded queries (targets, statements, reviews, development items), one create per item, one update.
        Assert.Equal(4, OkrBudget.CheckInPrefillQueries);
        Assert.Equal(OkrBudget.CheckInPrefillQueries + 2 + 1, calls);
    }

    [Fact]
    public void CreateTeamCheckIn_MembersReviewsAwaitingThem_OnTheAgenda_NotOtherPeoples_WithinBudget()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var nancy = org.User("Nancy");
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var carl = org.User("Carl");
        var team = org.Org.CreateTeam("East", new[] { alice, bob });
        var alices = Review(org, "Alice Q1 review", alice, nancy, periods.Q1);
        var bobs = Review(org, "Bob Q1 review", bob, nancy, periods.Q1);
        Review(org, "Carl Q1 review", carl, nancy, periods.Q1);

        Guid checkIn = Guid.Empty;
        org.CallsDuring(() => checkIn = org.Service.Create(new Entity("spm_checkin")
        {
            ["spm_name"] = "East weekly",
            ["spm_kind"] = new OptionSetValue(100000001),
            ["spm_teamid"] = new EntityReference("team", team),
            ["spm_managerid"] = new EntityReference("systemuser", nancy),
            ["spm_meetingdate"] = SalesOrg.Date("2026-02-16"),
        }));

        var items = Items(org, checkIn);
        Assert.Equal(
            new[]
            {
                "Review 'Alice Q1 review': self assessment awaited · 绩效评估“Alice Q1 review”：待自评",
                "Review 'Bob Q1 review': self assessment awaited · 绩效评估“Bob Q1 review”：待自评",
            },
            items.Select(i => i.GetAttributeValue<string>("spm_name")).ToArray());
        Assert.Equal(new[] { alices, bobs }, items.Select(i => i.GetAttributeValue<EntityReference>("spm_reviewid").Id).ToArray());
        Assert.All(items, i => Assert.Equal(team, i.GetAttributeValue<EntityReference>("ownerid").Id));
        var calls = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(CheckInPrefillPlugin).FullName!);
        Assert.Equal(OkrBudget.TeamCheckInPrefillQueries + items.Count + 1, calls);
    }

    private const int NotStarted = 100000000;
    private const int InProgress = 100000001;
    private const int ItemCompleted = 100000002;
    private const int ItemCancelled = 100000003;
    private const int Weekly = 100000000;
    private const int Monthly = 100000001;
    private const int SelfAssessment = 100000000;

    private static Guid DevelopmentItem(SalesOrg org, Guid plan, string name, string? due, int status)
    {
        var item = new Entity("spm_developmentitem")
        {
            ["spm_name"] = name,
            ["spm_developmentplanid"] = new EntityReference("spm_developmentplan", plan),
            ["spm_itemtype"] = new OptionSetValue(100000000),
        };
        if (due is not null)
        {
            item["spm_duedate"] = SalesOrg.Date(due);
        }

        var id = org.Service.Create(item);
        if (status != NotStarted)
        {
            org.Service.Update(new Entity("spm_developmentitem", id) { ["spm_itemstatus"] = new OptionSetValue(status) });
        }

        return id;
    }

    private static Guid CheckIn(SalesOrg org, string name, Guid rep, Guid manager, int cadence) => org.Service.Create(new Entity("spm_checkin")
    {
        ["spm_name"] = name,
        ["spm_cadence"] = new OptionSetValue(cadence),
        ["spm_repid"] = new EntityReference("systemuser", rep),
        ["spm_managerid"] = new EntityReference("systemuser", manager),
        ["spm_meetingdate"] = SalesOrg.Date("2026-02-16"),
    });

    private static Guid Review(SalesOrg org, string name, Guid owner, Guid reviewer, Guid period)
    {
        var review = org.Service.Create(new Entity("spm_review")
        {
            ["spm_name"] = name,
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["spm_reviewerid"] = new EntityReference("systemuser", reviewer),
            ["spm_periodid"] = new EntityReference("spm_period", period),
        });
        org.Service.Update(new Entity("spm_review", review) { ["statuscode"] = new OptionSetValue(SelfAssessment) });
        return review;
    }

    private static List<Entity> Items(SalesOrg org, Guid checkIn)
    {
        var query = new QueryExpression("spm_checkinitem") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("spm_checkinid", ConditionOperator.Equal, checkIn);
        query.AddOrder("spm_source", OrderType.Ascending);
        query.AddOrder("spm_name", OrderType.Ascending);
        return org.Service.RetrieveMultiple(query).Entities.ToList();
    }
}
