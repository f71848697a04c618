using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;
using SalesPerf.LocalOrg.Security;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.Views;

/// <summary>
/// The packed FetchXML of each custom view, run in a small seeded local organisation: the filters list exactly the rows a
/// manager (or rep) expects, in the expected order. Rows are written directly (no plug-ins), so computed columns and
/// statuses can be set to the case under test.
/// </summary>
public sealed class CustomViewQueryTests
{
    private const string AwaitingApproval = "{567f2437-ea80-4215-8ad3-f6f777d76958}";
    private const string MyOpenStatements = "{cdcb9db3-7fa3-4dea-85bb-5f5df4dac7d9}";
    private const string ReviewsAwaitingMyRating = "{e432e08d-0efc-4660-918e-a48d59e53534}";
    private const string ScorecardsByRank = "{5ae69e48-1ee5-4ea5-8fce-c5615ecd8b8a}";
    private const string TargetsBelowTarget = "{a6d69a5f-ba2d-47fc-8b41-8f2356897ae5}";
    private const string RecognitionWall = "{95419917-f201-473a-9598-7a1037f64de9}";

    // domain.md 2: spm_periodtype Year 100000000, Quarter 100000002.
    private const int Year = 100000000;
    private const int Quarter = 100000002;

    private static LocalOrganization Organization(DateTime utcNow, int fiscalYearStartMonth = 1) =>
        new(new LocalOrganizationOptions { Steps = [], CustomApis = [], UtcNow = utcNow, FiscalYearStartMonth = fiscalYearStartMonth });

    /// <summary>
    /// The spm_name of each row the view lists for <paramref name="caller"/>. The local organisation does not evaluate
    /// eq-userid in a query, so each eq-userid condition becomes what Dataverse documents it to mean: eq the calling
    /// user's id. Everything else runs as packed.
    /// </summary>
    private static List<string> Names(LocalOrganization org, Guid caller, string viewId)
    {
        var fetch = new XElement(Packages.Customizations(Packages.Managed).Descendants("savedquery")
            .Single(v => v.Element("savedqueryid")!.Value == viewId).Element("fetchxml")!.Element("fetch")!);
        foreach (var condition in fetch.Descendants("condition").Where(c => (string?)c.Attribute("operator") == "eq-userid"))
        {
            condition.SetAttributeValue("operator", "eq");
            condition.SetAttributeValue("value", caller.ToString("B"));
        }

        return org.ServiceFor(caller).RetrieveMultiple(new FetchExpression(fetch.ToString(SaveOptions.DisableFormatting)))
            .Entities.Select(e => e.GetAttributeValue<string>("spm_name")).ToList();
    }

    /// <summary>A user who holds System Administrator, so the view's own filters alone decide what they see.</summary>
    private static Guid User(LocalOrganization org, string name, Guid? managerId = null)
    {
        var user = org.CreateUser(name, managerId);
        org.AssignRole(user, BuiltInRole.SystemAdministrator.TemplateId);
        return user;
    }

    private static Guid Period(LocalOrganization org, string code, int type, DateTime start, DateTime end) => org.Service.Create(new Entity("spm_period")
    {
        ["spm_name"] = code,
        ["spm_code"] = code,
        ["spm_periodtype"] = new OptionSetValue(type),
        ["spm_startdate"] = start,
        ["spm_enddate"] = end,
        ["spm_fiscalyear"] = start.Year,
    });

    private static void Row(LocalOrganization org, string table, string name, Guid owner, int state, int status, IReadOnlyDictionary<string, object>? more = null)
    {
        var row = new Entity(table)
        {
            ["spm_name"] = name,
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["statecode"] = new OptionSetValue(state),
            ["statuscode"] = new OptionSetValue(status),
        };
        foreach (var (column, value) in more ?? new Dictionary<string, object>())
        {
            row[column] = value;
        }

        org.Service.Create(row);
    }

    [Fact]
    public void StatementsAwaitingApproval_ListsOnlyTheOpenStatement()
    {
        var org = Organization(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        var rep = User(org, "Rep");
        // domain.md 2: state 0 Open 1, Approved 100000000, Disputed 100000001; state 1 Paid 2.
        Row(org, "spm_commissionstatement", "Open", rep, 0, 1);
        Row(org, "spm_commissionstatement", "Approved", rep, 0, 100000000);
        Row(org, "spm_commissionstatement", "Disputed", rep, 0, 100000001);
        Row(org, "spm_commissionstatement", "Paid", rep, 1, 2);

        Assert.Equal(["Open"], Names(org, org.AdministratorId, AwaitingApproval));
    }

    [Fact]
    public void MyOpenStatements_ListsTheRepsUnpaidStatementsOnly()
    {
        var org = Organization(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        var rep = User(org, "Rep");
        var other = User(org, "Other Rep");
        Row(org, "spm_commissionstatement", "Mine Open", rep, 0, 1);
        Row(org, "spm_commissionstatement", "Mine Approved", rep, 0, 100000000);
        Row(org, "spm_commissionstatement", "Mine Disputed", rep, 0, 100000001);
        Row(org, "spm_commissionstatement", "Mine Paid", rep, 1, 2);
        Row(org, "spm_commissionstatement", "Theirs Open", other, 0, 1);

        Assert.Equal(["Mine Approved", "Mine Disputed", "Mine Open"], Names(org, rep, MyOpenStatements));
    }

    [Fact]
    public void ReviewsAwaitingMyRating_ListsManagerReviewsWhoseReviewerIsTheCaller()
    {
        var org = Organization(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        var manager = User(org, "Manager");
        var otherManager = User(org, "Other Manager");
        var rep = User(org, "Rep", managerId: manager);
        EntityReference Reviewer(Guid id) => new("systemuser", id);
        // domain.md 2: state 0 Draft 1, SelfAssessment 100000000, ManagerReview 100000001, Completed 100000002; state 1 Acknowledged 2.
        Row(org, "spm_review", "Mine to rate", rep, 0, 100000001, new Dictionary<string, object> { ["spm_reviewerid"] = Reviewer(manager) });
        Row(org, "spm_review", "Another reviewer's", rep, 0, 100000001, new Dictionary<string, object> { ["spm_reviewerid"] = Reviewer(otherManager) });
        Row(org, "spm_review", "Still in self assessment", rep, 0, 100000000, new Dictionary<string, object> { ["spm_reviewerid"] = Reviewer(manager) });
        Row(org, "spm_review", "Completed", rep, 0, 100000002, new Dictionary<string, object> { ["spm_reviewerid"] = Reviewer(manager) });
        Row(org, "spm_review", "Acknowledged", rep, 1, 2, new Dictionary<string, object> { ["spm_reviewerid"] = Reviewer(manager) });

        Assert.Equal(["Mine to rate"], Names(org, manager, ReviewsAwaitingMyRating));
        Assert.Equal(["Another reviewer's"], Names(org, otherManager, ReviewsAwaitingMyRating));
    }

    [Fact]
    public void ScorecardsByRank_ListsThisFiscalYearsYearScorecardsBestRankFirst()
    {
        // April fiscal year (docs/domain-rules.md: FY2026 runs 1 Apr 2026 – 31 Mar 2027). On 10 Feb 2027 the calendar
        // year is 2027, but the fiscal year now running is FY2026.
        var org = Organization(new DateTime(2027, 2, 10, 9, 0, 0, DateTimeKind.Utc), fiscalYearStartMonth: 4);
        var fy2026 = Period(org, "FY2026", Year, new DateTime(2026, 4, 1), new DateTime(2027, 3, 31));
        var fy2025 = Period(org, "FY2025", Year, new DateTime(2025, 4, 1), new DateTime(2026, 3, 31));
        var q4 = Period(org, "FY2026-Q4", Quarter, new DateTime(2027, 1, 1), new DateTime(2027, 3, 31));
        var rep = User(org, "Rep");
        Dictionary<string, object> Card(Guid period, int rank, decimal score) => new()
        {
            ["spm_periodid"] = new EntityReference("spm_period", period),
            ["spm_rank"] = rank,
            ["spm_weightedscore"] = score,
        };
        Row(org, "spm_scorecard", "Second", rep, 0, 1, Card(fy2026, 2, 98m));
        Row(org, "spm_scorecard", "First", rep, 0, 1, Card(fy2026, 1, 106m));
        Row(org, "spm_scorecard", "Third", rep, 0, 1, Card(fy2026, 3, 71.5m));
        Row(org, "spm_scorecard", "Last year's first", rep, 0, 1, Card(fy2025, 1, 120m));
        Row(org, "spm_scorecard", "Quarter's first", rep, 0, 1, Card(q4, 1, 130m));
        Row(org, "spm_scorecard", "Inactive", rep, 1, 2, Card(fy2026, 1, 140m));

        Assert.Equal(["First", "Second", "Third"], Names(org, org.AdministratorId, ScorecardsByRank));
    }

    [Fact]
    public void TargetsBelowTarget_ListsThisFiscalYearsTargetsUnder100PercentLowestFirst()
    {
        var org = Organization(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        var fy2026 = Period(org, "FY2026", Year, new DateTime(2026, 1, 1), new DateTime(2026, 12, 31));
        var q2 = Period(org, "FY2026-Q2", Quarter, new DateTime(2026, 4, 1), new DateTime(2026, 6, 30));
        var fy2025 = Period(org, "FY2025", Year, new DateTime(2025, 1, 1), new DateTime(2025, 12, 31));
        var rep = User(org, "Rep");
        Dictionary<string, object> Target(Guid period, decimal? attainment)
        {
            var columns = new Dictionary<string, object> { ["spm_periodid"] = new EntityReference("spm_period", period) };
            if (attainment is { } percent)
            {
                columns["spm_attainmentpercent"] = percent;
            }

            return columns;
        }

        Row(org, "spm_target", "Year at 80 %", rep, 0, 1, Target(fy2026, 80m));
        Row(org, "spm_target", "Quarter at 50 %", rep, 0, 1, Target(q2, 50m));
        Row(org, "spm_target", "Year at 99.99 %", rep, 0, 1, Target(fy2026, 99.99m));
        Row(org, "spm_target", "Year at 100 %", rep, 0, 1, Target(fy2026, 100m));
        Row(org, "spm_target", "Year at 120 %", rep, 0, 1, Target(fy2026, 120m));
        Row(org, "spm_target", "No actual yet", rep, 0, 1, Target(fy2026, null));
        Row(org, "spm_target", "Last year at 40 %", rep, 0, 1, Target(fy2025, 40m));
        Row(org, "spm_target", "Inactive at 30 %", rep, 1, 2, Target(fy2026, 30m));

        Assert.Equal(["Quarter at 50 %", "Year at 80 %", "Year at 99.99 %"], Names(org, org.AdministratorId, TargetsBelowTarget));
    }

    [Fact]
    public void RecognitionWall_ListsThisQuartersRecognitionsNewestFirst_ForEveryone()
    {
        var org = Organization(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        var rep = User(org, "Rep");
        var other = User(org, "Other Rep");
        var q1 = Period(org, "FY2026-Q1", Quarter, new DateTime(2026, 1, 1), new DateTime(2026, 3, 31));
        var q2 = Period(org, "FY2026-Q2", Quarter, new DateTime(2026, 4, 1), new DateTime(2026, 6, 30));
        void Recognition(string name, Guid owner, Guid quarter, DateTime on, int state = 0) => Row(org, "spm_recognition", name, owner, state, state + 1, new Dictionary<string, object>
        {
            ["spm_recipientid"] = new EntityReference("systemuser", rep),
            ["spm_quarterid"] = new EntityReference("spm_period", quarter),
            ["spm_recognisedon"] = on,
        });
        Recognition("April kudos", other, q2, new DateTime(2026, 4, 3, 10, 0, 0, DateTimeKind.Utc));
        Recognition("May honour", rep, q2, new DateTime(2026, 5, 2, 10, 0, 0, DateTimeKind.Utc));
        Recognition("March kudos", other, q1, new DateTime(2026, 3, 30, 10, 0, 0, DateTimeKind.Utc));
        Recognition("Withdrawn", other, q2, new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc), state: 1);

        Assert.Equal(["May honour", "April kudos"], Names(org, rep, RecognitionWall));
        Assert.Equal(["May honour", "April kudos"], Names(org, other, RecognitionWall));
    }
}
