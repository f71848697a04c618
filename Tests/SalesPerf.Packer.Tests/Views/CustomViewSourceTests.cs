using System;
using System.IO;
using System.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.Views;

/// <summary>Solution/Views: the real source, domain names resolved to stored values, and bad files stopping the pack.</summary>
public sealed class CustomViewSourceTests : IDisposable
{
    private const string ViewId = "11111111-2222-4333-8444-555555555555";
    private readonly string folder = Directory.CreateTempSubdirectory("spm-view-source-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string subfolder, string name, string json)
    {
        Directory.CreateDirectory(Path.Combine(folder, subfolder));
        File.WriteAllText(Path.Combine(folder, subfolder, name), json);
    }

    private static string View(string filter, string table = "spm_review", string links = "[]") => $$"""
        {"id": "{{ViewId}}", "table": "{{table}}", "name": {"en": "V", "zh": "视"},
         "columns": [{"name": "spm_name", "width": 200}], "filter": {{filter}}, "links": {{links}}}
        """;

    private PackException LoadFails(string json)
    {
        Write("Views", "bad.json", json);
        return Assert.Throws<PackException>(() => ViewSource.Load(folder, Repository.Metadata));
    }

    [Fact]
    public void RealSource_HasTheManagerAndRepViews()
    {
        var views = Repository.Input(managed: true).Views;

        Assert.Equal(
            [
                ("spm_checkin", "Check-ins I Hold"),
                ("spm_checkin", "My Check-ins"),
                ("spm_checkinitem", "Overdue Actions in My Check-ins"),
                ("spm_commissionstatement", "My Open Statements"),
                ("spm_commissionstatement", "My Statements"),
                ("spm_commissionstatement", "My Team's Statements This Period"),
                ("spm_commissionstatement", "Statements Awaiting Approval"),
                ("spm_commissionstatement", "Statements Awaiting My Approval"),
                ("spm_developmentitem", "My Open Development Items"),
                ("spm_developmentplan", "My Development Plans"),
                ("spm_developmentplan", "My Team's Development Plans"),
                ("spm_feedbackrequest", "Feedback I Owe"),
                ("spm_feedbackrequest", "My Team's Feedback"),
                ("spm_honourrule", "Active Honour Rules"),
                ("spm_keyresult", "My Key Results"),
                ("spm_objective", "My Objectives"),
                ("spm_objective", "My Team's Objectives"),
                ("spm_objective", "Objective Alignment"),
                ("spm_recognition", "My Recognition"),
                ("spm_recognition", "Recognition Wall This Quarter"),
                ("spm_review", "My Reviews"),
                ("spm_review", "My Team's Reviews"),
                ("spm_review", "Reviews Awaiting My Rating"),
                ("spm_scorecard", "My Scorecard This Month"),
                ("spm_scorecard", "My Scorecard This Quarter"),
                ("spm_scorecard", "My Scorecard This Year"),
                ("spm_scorecard", "My Team's Scorecards This Month"),
                ("spm_scorecard", "My Team's Scorecards This Quarter"),
                ("spm_scorecard", "My Team's Scorecards This Year"),
                ("spm_scorecard", "Scorecards by Rank This Fiscal Year"),
                ("spm_scorecard", "Scorecards Needing Recalculation"),
                ("spm_target", "My Current Targets"),
                ("spm_target", "My Targets This Month"),
                ("spm_target", "My Targets This Quarter"),
                ("spm_target", "My Targets This Year"),
                ("spm_target", "My Team Behind Pace"),
                ("spm_target", "My Team Projected to Miss"),
                ("spm_target", "My Team's Targets This Month"),
                ("spm_target", "My Team's Targets This Quarter"),
                ("spm_target", "My Team's Targets This Year"),
                ("spm_target", "Targets Below 100 % This Fiscal Year"),
                ("spm_target", "Targets Needing Recalculation"),
            ],
            views.Select(v => (v.Table, v.Name.English)).Order());
    }

    [Theory]
    [InlineData("Targets Needing Recalculation")]
    [InlineData("Scorecards Needing Recalculation")]
    public void NeedsRecalculationView_ListsActiveMarkedRows(string name)
    {
        var view = Repository.Input(managed: true).Views.Single(v => v.Name.English == name);

        Assert.Contains(new ViewCondition("spm_recalculationneeded", "eq", ["1"]), view.Conditions, ConditionComparer.Instance);
        Assert.Contains(new ViewCondition("statecode", "eq", ["0"]), view.Conditions, ConditionComparer.Instance);
        Assert.Contains(view.Columns, c => c.Name == "spm_recalculationreason");
    }

    [Fact]
    public void StatusesGivenByDomainName_BecomeTheirStatusValues()
    {
        var views = Repository.Input(managed: true).Views;
        var awaiting = views.Single(v => v.Name.English == "Statements Awaiting Approval");
        var rating = views.Single(v => v.Name.English == "Reviews Awaiting My Rating");

        // domain.md 2: statement Open is statuscode 1 of state 0; review ManagerReview is 100000001.
        Assert.Contains(new ViewCondition("statuscode", "eq", ["1"]), awaiting.Conditions, ConditionComparer.Instance);
        Assert.Contains(new ViewCondition("statecode", "eq", ["0"]), awaiting.Conditions, ConditionComparer.Instance);
        Assert.Contains(new ViewCondition("statuscode", "eq", ["100000001"]), rating.Conditions, ConditionComparer.Instance);
        Assert.Contains(new ViewCondition("spm_reviewerid", "eq-userid", []), rating.Conditions, ConditionComparer.Instance);
    }

    [Fact]
    public void YearPeriodTypeInALink_BecomesItsChoiceValue()
    {
        var byRank = Repository.Input(managed: true).Views.Single(v => v.Id == new Guid("5ae69e48-1ee5-4ea5-8fce-c5615ecd8b8a"));
        var link = Assert.Single(byRank.Links);

        Assert.Equal(("spm_periodid", "spm_period", "spm_periodid"), (link.Lookup, link.Table, link.TablePrimaryKey));
        Assert.Contains(new ViewCondition("spm_periodtype", "eq", ["100000000"]), link.Conditions, ConditionComparer.Instance);
    }

    [Fact]
    public void StatusNameTheTableDoesNotHave_StopsNamingFileFilterAndTheValidNames()
    {
        var error = LoadFails(View("""[{"column": "statuscode", "operator": "eq", "value": "Submitted"}]"""));

        Assert.Equal(
            "Solution/Views/bad.json, filter 1: \"Submitted\" is not a value of spm_review.statuscode; use one of Draft (1), SelfAssessment (100000000), ManagerReview (100000001), Completed (100000002), Acknowledged (2).",
            error.Message);
    }

    [Fact]
    public void StatusOfAnotherStateThanTheFilteredOne_Stops()
    {
        var error = LoadFails(View("""
            [{"column": "statecode", "operator": "eq", "value": "Active"}, {"column": "statuscode", "operator": "eq", "value": "Acknowledged"}]
            """));

        Assert.Equal(
            "Solution/Views/bad.json: the status Acknowledged (2) of spm_review belongs to state 1, but the filter asks for statecode 0; no row can match.",
            error.Message);
    }

    [Fact]
    public void MissingColumn_StopsNamingTableAndColumn()
    {
        var error = LoadFails(View("""[{"column": "spm_nosuchcolumn", "operator": "null"}]"""));

        Assert.Equal("Solution/Views/bad.json, filter 1: 'column' names the column spm_review.spm_nosuchcolumn, which the table does not have.", error.Message);
    }

    [Fact]
    public void UserOperatorOnANumber_Stops()
    {
        var error = LoadFails(View("""[{"column": "spm_overallscore", "operator": "eq-userid"}]"""));

        Assert.Equal("Solution/Views/bad.json, filter 1: the operator 'eq-userid' does not apply to spm_review.spm_overallscore, a Decimal column.", error.Message);
    }

    [Fact]
    public void OperatorWithoutItsValue_Stops()
    {
        var error = LoadFails(View("""[{"column": "spm_overallscore", "operator": "lt"}]"""));

        Assert.Equal("Solution/Views/bad.json, filter 1: the operator 'lt' needs exactly one 'value'.", error.Message);
    }

    [Fact]
    public void LinkConditionOnAColumnOfTheLinkedTable_IsCheckedAgainstThatTable()
    {
        var error = LoadFails(View("[]", links: """
            [{"lookup": "spm_periodid", "alias": "period", "filter": [{"column": "spm_periodtype", "operator": "eq", "value": "Week"}]}]
            """));

        Assert.StartsWith("Solution/Views/bad.json, link 1, filter 1: \"Week\" is not a value of spm_period.spm_periodtype; use one of Year (100000000)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyOfWithOneCondition_Stops()
    {
        var error = LoadFails($$"""{"id": "{{ViewId}}", "table": "spm_checkinitem", "name": {"en": "V", "zh": "视"}, "columns": [{"name": "spm_name", "width": 200}], "anyOf": [{"column": "spm_duedate", "operator": "yesterday"}]}""");

        Assert.Equal("Solution/Views/bad.json: 'anyOf' needs at least two conditions (one condition belongs in 'filter').", error.Message);
    }

    [Fact]
    public void OverdueActions_DueYesterdayOrOlderThanOneDay_AsANestedOrFilter()
    {
        var view = ViewSource.Load(Repository.Metadata.SourceFolder, Repository.Metadata).Single(v => v.Id == Guid.Parse("f7fb79e0-f0c7-4179-ad0b-503f88de98c8"));

        var fetch = SalesPerf.Packer.Writers.CustomViewXml.Fetch(view, Repository.Metadata.Table(view.Table));

        var or = Assert.Single(fetch.Element("entity")!.Element("filter")!.Elements("filter"));
        Assert.Equal("or", (string?)or.Attribute("type"));
        Assert.Equal(
            new[] { "spm_duedate yesterday ", "spm_duedate olderthan-x-days 1" },
            or.Elements("condition").Select(c => $"{(string?)c.Attribute("attribute")} {(string?)c.Attribute("operator")} {(string?)c.Attribute("value")}").ToArray());
        Assert.DoesNotContain(fetch.Descendants("condition"), c => (string?)c.Attribute("operator") is "last-x-years" or "today" or "on-or-before");
    }

    [Fact]
    public void UnknownProperty_Stops()
    {
        var error = LoadFails($$"""{"id": "{{ViewId}}", "table": "spm_review", "name": {"en": "V", "zh": "视"}, "columns": [{"name": "spm_name", "width": 200}], "sort": []}""");

        Assert.Equal("Solution/Views/bad.json: unknown property 'sort'; use id, table, name, description, columns, filter, anyOf, links, order.", error.Message);
    }

    [Fact]
    public void DashboardTile_NamingACustomViewOfAnotherTable_Stops()
    {
        Write("Views", "review.json", View("[]"));
        var views = ViewSource.Load(folder, Repository.Metadata);
        Write("Dashboards", "bad.json", $$"""
            {"id": "d1111111-2222-4333-8444-555555555555", "name": {"en": "D", "zh": "仪"},
             "tiles": [{"label": {"en": "S", "zh": "计"}, "table": "spm_scorecard", "customView": "{{ViewId}}"}]}
            """);

        var error = Assert.Throws<PackException>(() => DashboardSource.Load(folder, Repository.Metadata, [], views));

        Assert.Equal($"Solution/Dashboards/bad.json, tile 1: 'customView' names {ViewId}, a view of spm_review, but the tile lists spm_scorecard.", error.Message);
    }

    [Fact]
    public void DashboardTile_NamingBothAGeneratedAndACustomView_Stops()
    {
        Write("Dashboards", "bad.json", $$"""
            {"id": "d1111111-2222-4333-8444-555555555555", "name": {"en": "D", "zh": "仪"},
             "tiles": [{"label": {"en": "S", "zh": "计"}, "table": "spm_review", "view": "Active", "customView": "{{ViewId}}"}]}
            """);

        var error = Assert.Throws<PackException>(() => DashboardSource.Load(folder, Repository.Metadata, [], []));

        Assert.Equal("Solution/Dashboards/bad.json, tile 1: give exactly one of 'view' (a generated view kind) and 'customView' (the id of a view of Solution/Views).", error.Message);
    }

    /// <summary>Records compare lists by reference; conditions compare by column, operator and values.</summary>
    private sealed class ConditionComparer : System.Collections.Generic.IEqualityComparer<ViewCondition>
    {
        public static readonly ConditionComparer Instance = new();

        public bool Equals(ViewCondition? x, ViewCondition? y) =>
            x is not null && y is not null && x.Column == y.Column && x.Operator == y.Operator && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(ViewCondition obj) => HashCode.Combine(obj.Column, obj.Operator);
    }
}
