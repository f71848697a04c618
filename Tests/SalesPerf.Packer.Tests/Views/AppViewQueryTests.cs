using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.Views;

/// <summary>
/// The "My …" and "My team …" views of the app (docs/solution-source.md "Views"), packed, run unchanged in a local
/// organisation as the manager and as reps who hold the SalesPerf role they would hold: eq-userid is the caller, "my
/// team" is a link to the owner whose manager (parentsystemuserid) is the caller, and "this month / quarter / year" is a
/// period of that type running today (start within the last 1 / 3 / 12 months, end within the next ones).
/// </summary>
public sealed class AppViewQueryTests
{
    private const string MyTargetsThisMonth = "{f3d26ef7-8635-4ca2-b1c7-c2c05b8e592d}";
    private const string MyTargetsThisQuarter = "{92270d87-2555-43d3-ba54-fcbbda414e0c}";
    private const string MyTargetsThisYear = "{b5356cc8-3cc3-4c0e-876e-587f8f270457}";
    private const string MyCurrentTargets = "{04432068-61ac-4c50-a5ad-822419079579}";
    private const string TeamTargetsThisMonth = "{6c164d42-f734-4c0c-a10f-38361f549fc8}";
    private const string TeamTargetsThisQuarter = "{59abb897-aa9d-413d-9169-f7e129355229}";
    private const string TeamTargetsThisYear = "{af371461-de2f-4c11-8b37-7e808d581983}";
    private const string TeamBehindPace = "{4b65e7e5-99a0-402f-8457-62122b1f4d51}";
    private const string TeamProjectedToMiss = "{9ba98b14-70fc-4fb0-ad35-3a06777d2994}";
    private const string StatementsAwaitingMyApproval = "{74ac92c7-a486-4b55-9142-57b2e61dc22d}";
    private const string MyStatements = "{26b99729-e29d-460d-96d9-22545a741e6c}";
    private const string TeamStatementsThisPeriod = "{1b42616d-d745-499a-b61f-93dd156584db}";
    private const string MyReviews = "{4f351e6d-5f55-4b20-9f67-4a68e896c5aa}";
    private const string TeamReviews = "{2c38f77f-cbca-44fd-a932-05d45f7fc878}";
    private const string MyScorecardThisQuarter = "{8e8b6b30-546d-4d18-a960-893c858c71b4}";
    private const string TeamScorecardsThisYear = "{0a53ccdf-b2df-4d6c-8b33-24e8c254b73d}";
    private const string TeamScorecardsThisMonth = "{87673687-6064-405f-9f09-0c0ff03a8ab1}";

    // domain.md 2: spm_periodtype Year 100000000, Quarter 100000002, Month 100000003.
    private const int Year = 100000000;
    private const int Quarter = 100000002;
    private const int Month = 100000003;

    // docs/domain-rules.md "App views": spm_pacestatus On pace 100000000, Behind pace 100000001.
    private const int OnPace = 100000000;
    private const int BehindPace = 100000001;

    private static readonly Guid RepRole = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01");
    private static readonly Guid ManagerRole = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e02");

    /// <summary>
    /// Manager Mei leads reps Ann and Bo; Carl reports to another manager, Olga. Periods of calendar 2026 (January fiscal
    /// year): the year, Q1, Q2, April and May. Every owner has targets, scorecards, statements and reviews.
    /// </summary>
    private sealed class Team
    {
        public Team(DateTime utcNow)
        {
            Org = new LocalOrganization(new LocalOrganizationOptions { Steps = [], CustomApis = [], UtcNow = utcNow });
            Mei = User("Mei", null, ManagerRole);
            Olga = User("Olga", null, ManagerRole);
            Ann = User("Ann", Mei, RepRole);
            Bo = User("Bo", Mei, RepRole);
            Carl = User("Carl", Olga, RepRole);
            Periods["2026"] = Period("2026", Year, new DateTime(2026, 1, 1), new DateTime(2026, 12, 31));
            Periods["Q1"] = Period("Q1", Quarter, new DateTime(2026, 1, 1), new DateTime(2026, 3, 31));
            Periods["Q2"] = Period("Q2", Quarter, new DateTime(2026, 4, 1), new DateTime(2026, 6, 30));
            Periods["Apr"] = Period("Apr", Month, new DateTime(2026, 4, 1), new DateTime(2026, 4, 30));
            Periods["May"] = Period("May", Month, new DateTime(2026, 5, 1), new DateTime(2026, 5, 31));
        }

        public LocalOrganization Org { get; }

        public Guid Mei { get; }

        public Guid Olga { get; }

        public Guid Ann { get; }

        public Guid Bo { get; }

        public Guid Carl { get; }

        public Dictionary<string, Guid> Periods { get; } = [];

        public void Add(string table, string name, Guid owner, string period, int state = 0, int status = 1, IReadOnlyDictionary<string, object>? more = null)
        {
            var row = new Entity(table)
            {
                ["spm_name"] = name,
                ["ownerid"] = new EntityReference("systemuser", owner),
                ["spm_periodid"] = new EntityReference("spm_period", Periods[period]),
                ["statecode"] = new OptionSetValue(state),
                ["statuscode"] = new OptionSetValue(status),
            };
            foreach (var (column, value) in more ?? new Dictionary<string, object>())
            {
                row[column] = value;
            }

            Org.Service.Create(row);
        }

        /// <summary>The spm_name of each row the packed view lists for <paramref name="caller"/>, run as that user.</summary>
        public List<string> Names(Guid caller, string viewId)
        {
            var fetch = Packages.Customizations(Packages.Managed).Descendants("savedquery")
                .Single(v => v.Element("savedqueryid")!.Value == viewId).Element("fetchxml")!.Element("fetch")!;
            return Org.ServiceFor(caller).RetrieveMultiple(new FetchExpression(fetch.ToString(SaveOptions.DisableFormatting)))
                .Entities.Select(e => e.GetAttributeValue<string>("spm_name")).ToList();
        }

        private Guid User(string name, Guid? manager, Guid role)
        {
            var user = Org.CreateUser(name, manager);
            Org.AssignRole(user, role);
            return user;
        }

        private Guid Period(string code, int type, DateTime start, DateTime end) => Org.Service.Create(new Entity("spm_period")
        {
            ["spm_name"] = code,
            ["spm_code"] = code,
            ["spm_periodtype"] = new OptionSetValue(type),
            ["spm_startdate"] = start,
            ["spm_enddate"] = end,
            ["spm_fiscalyear"] = 2026,
        });
    }

    private static Dictionary<string, object> Figures(decimal attainment, int? pace = null, decimal? projected = null)
    {
        var columns = new Dictionary<string, object> { ["spm_attainmentpercent"] = attainment };
        if (pace is { } status)
        {
            columns["spm_pacestatus"] = new OptionSetValue(status);
        }

        if (projected is { } percent)
        {
            columns["spm_projectedattainmentpercent"] = percent;
        }

        return columns;
    }

    /// <summary>Targets of every owner in every period, plus an inactive one; on 14 May 2026 unless said otherwise.</summary>
    private static Team WithTargets(DateTime? utcNow = null)
    {
        var team = new Team(utcNow ?? new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        foreach (var (owner, who) in new[] { (team.Ann, "Ann"), (team.Bo, "Bo"), (team.Carl, "Carl"), (team.Mei, "Mei") })
        {
            foreach (var period in team.Periods.Keys)
            {
                team.Add("spm_target", $"{who} {period}", owner, period, more: Figures(who == "Ann" ? 40m : 70m));
            }
        }

        team.Add("spm_target", "Ann May inactive", team.Ann, "May", 1, 2, Figures(10m));
        return team;
    }

    [Fact]
    public void MyTargets_ThisMonthQuarterYear_OnlyTheCallersTargetsOfTheRunningPeriodOfThatType()
    {
        var team = WithTargets();

        Assert.Equal(["Ann May"], team.Names(team.Ann, MyTargetsThisMonth));
        Assert.Equal(["Ann Q2"], team.Names(team.Ann, MyTargetsThisQuarter));
        Assert.Equal(["Ann 2026"], team.Names(team.Ann, MyTargetsThisYear));
        Assert.Equal(["Mei Q2"], team.Names(team.Mei, MyTargetsThisQuarter));
    }

    [Fact]
    public void MyCurrentTargets_EveryPeriodRunningToday_NotThePastOnes()
    {
        var team = WithTargets();

        Assert.Equal(["Ann 2026", "Ann May", "Ann Q2"], team.Names(team.Ann, MyCurrentTargets).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MyTargetsThisQuarter_FirstDayOfTheQuarter_TheNewQuarterOnly()
    {
        // 1 Apr: Q1 started within the last 3 months too, but it ended yesterday.
        var team = WithTargets(new DateTime(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal(["Ann Q2"], team.Names(team.Ann, MyTargetsThisQuarter));
        Assert.Equal(["Ann Apr"], team.Names(team.Ann, MyTargetsThisMonth));
    }

    [Fact]
    public void MyTargetsThisQuarter_LastDayOfTheQuarter_StillThatQuarter()
    {
        var team = WithTargets(new DateTime(2026, 3, 31, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal(["Ann Q1"], team.Names(team.Ann, MyTargetsThisQuarter));
        Assert.Empty(team.Names(team.Ann, MyTargetsThisMonth)); // no March period exists
    }

    [Fact]
    public void TeamTargets_Manager_DirectReportsOfThatPeriodTypeLowestAttainmentFirst()
    {
        var team = WithTargets();

        Assert.Equal(["Ann Q2", "Bo Q2"], team.Names(team.Mei, TeamTargetsThisQuarter));
        Assert.Equal(["Ann May", "Bo May"], team.Names(team.Mei, TeamTargetsThisMonth));
        Assert.Equal(["Ann 2026", "Bo 2026"], team.Names(team.Mei, TeamTargetsThisYear));
        Assert.Equal(["Carl Q2"], team.Names(team.Olga, TeamTargetsThisQuarter));
    }

    [Fact]
    public void TeamTargets_Rep_NoReportsNothingListed()
    {
        var team = WithTargets();

        Assert.Empty(team.Names(team.Ann, TeamTargetsThisQuarter));
    }

    [Fact]
    public void TeamBehindPace_Manager_OnlyBehindPaceTargetsOfMyReportsInRunningPeriods()
    {
        var team = new Team(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        team.Add("spm_target", "Ann May behind", team.Ann, "May", more: Figures(20m, BehindPace));
        team.Add("spm_target", "Bo Q2 behind", team.Bo, "Q2", more: Figures(30m, BehindPace));
        team.Add("spm_target", "Bo May on pace", team.Bo, "May", more: Figures(60m, OnPace));
        team.Add("spm_target", "Ann Q1 behind, ended", team.Ann, "Q1", more: Figures(50m, BehindPace));
        team.Add("spm_target", "Carl May behind, other team", team.Carl, "May", more: Figures(10m, BehindPace));
        team.Add("spm_target", "Ann Apr not calculated", team.Ann, "Apr", more: Figures(0m));

        Assert.Equal(["Ann May behind", "Bo Q2 behind"], team.Names(team.Mei, TeamBehindPace));
        Assert.Equal(["Carl May behind, other team"], team.Names(team.Olga, TeamBehindPace));
    }

    [Fact]
    public void TeamProjectedToMiss_Manager_ProjectedAttainmentBelow100LowestFirst()
    {
        var team = new Team(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        team.Add("spm_target", "Ann Q2 at 99.99", team.Ann, "Q2", more: Figures(50m, projected: 99.99m));
        team.Add("spm_target", "Bo Q2 at 100", team.Bo, "Q2", more: Figures(50m, projected: 100m));
        team.Add("spm_target", "Bo May at 60", team.Bo, "May", more: Figures(40m, projected: 60m));
        team.Add("spm_target", "Ann May no pipeline", team.Ann, "May", more: Figures(40m));
        team.Add("spm_target", "Ann Q1 at 10, ended", team.Ann, "Q1", more: Figures(5m, projected: 10m));
        team.Add("spm_target", "Carl Q2 at 50, other team", team.Carl, "Q2", more: Figures(30m, projected: 50m));

        Assert.Equal(["Bo May at 60", "Ann Q2 at 99.99"], team.Names(team.Mei, TeamProjectedToMiss));
    }

    [Fact]
    public void StatementsAwaitingMyApproval_Manager_OpenStatementsOfMyReportsOnly()
    {
        // domain.md 2: state 0 Open 1, Approved 100000000, Disputed 100000001; state 1 Paid 2. StatementActors: the
        // owner's manager (parentsystemuserid) approves.
        var team = new Team(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        team.Add("spm_commissionstatement", "Ann Apr open", team.Ann, "Apr");
        team.Add("spm_commissionstatement", "Bo Apr approved", team.Bo, "Apr", 0, 100000000);
        team.Add("spm_commissionstatement", "Bo Mar disputed", team.Bo, "Q1", 0, 100000001);
        team.Add("spm_commissionstatement", "Ann Q1 paid", team.Ann, "Q1", 1, 2);
        team.Add("spm_commissionstatement", "Carl Apr open", team.Carl, "Apr");
        team.Add("spm_commissionstatement", "Mei Apr open", team.Mei, "Apr");

        Assert.Equal(["Ann Apr open"], team.Names(team.Mei, StatementsAwaitingMyApproval));
        Assert.Equal(["Carl Apr open"], team.Names(team.Olga, StatementsAwaitingMyApproval));
        Assert.Empty(team.Names(team.Ann, StatementsAwaitingMyApproval));
    }

    [Fact]
    public void MyStatementsAndTeamStatements_RepAndManager_ExpectedRows()
    {
        var team = new Team(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        team.Add("spm_commissionstatement", "Ann Apr paid", team.Ann, "Apr", 1, 2);
        team.Add("spm_commissionstatement", "Ann May open", team.Ann, "May");
        team.Add("spm_commissionstatement", "Bo May approved", team.Bo, "May", 0, 100000000);
        team.Add("spm_commissionstatement", "Carl May open", team.Carl, "May");

        Assert.Equal(["Ann Apr paid", "Ann May open"], team.Names(team.Ann, MyStatements).Order(StringComparer.Ordinal));
        Assert.Equal(["Ann May open", "Bo May approved"], team.Names(team.Mei, TeamStatementsThisPeriod).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reviews_MyAndTeam_RepSeesOwnManagerSeesActiveReportsReviews()
    {
        // domain.md 2: review state 0 Draft 1, ManagerReview 100000001; state 1 Acknowledged 2.
        var team = new Team(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        team.Add("spm_review", "Ann Q1 acknowledged", team.Ann, "Q1", 1, 2);
        team.Add("spm_review", "Ann Q2 draft", team.Ann, "Q2");
        team.Add("spm_review", "Bo Q2 manager review", team.Bo, "Q2", 0, 100000001);
        team.Add("spm_review", "Carl Q2 draft", team.Carl, "Q2");

        Assert.Equal(["Ann Q1 acknowledged", "Ann Q2 draft"], team.Names(team.Ann, MyReviews).Order(StringComparer.Ordinal));
        Assert.Equal(["Ann Q2 draft", "Bo Q2 manager review"], team.Names(team.Mei, TeamReviews).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Scorecards_MyAndTeam_ThatPeriodTypeBestScoreFirst()
    {
        var team = new Team(new DateTime(2026, 5, 14, 9, 0, 0, DateTimeKind.Utc));
        Dictionary<string, object> Score(decimal score) => new() { ["spm_weightedscore"] = score };
        team.Add("spm_scorecard", "Ann 2026", team.Ann, "2026", more: Score(90m));
        team.Add("spm_scorecard", "Bo 2026", team.Bo, "2026", more: Score(105m));
        team.Add("spm_scorecard", "Ann Q2", team.Ann, "Q2", more: Score(80m));
        team.Add("spm_scorecard", "Ann Q1", team.Ann, "Q1", more: Score(120m));
        team.Add("spm_scorecard", "Carl 2026", team.Carl, "2026", more: Score(130m));

        Assert.Equal(["Bo 2026", "Ann 2026"], team.Names(team.Mei, TeamScorecardsThisYear));
        Assert.Empty(team.Names(team.Mei, TeamScorecardsThisMonth));
        Assert.Equal(["Ann Q2"], team.Names(team.Ann, MyScorecardThisQuarter));
    }
}
