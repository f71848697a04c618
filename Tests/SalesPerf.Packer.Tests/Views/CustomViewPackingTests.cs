using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer.Tests.Views;

/// <summary>The custom views in the table's SavedQueries, next to the generated ones, and the manager dashboard's tiles over them.</summary>
public sealed class CustomViewPackingTests
{
    private const string AwaitingApproval = "{567f2437-ea80-4215-8ad3-f6f777d76958}";
    private const string ReviewsAwaitingMyRating = "{e432e08d-0efc-4660-918e-a48d59e53534}";
    private const string ScorecardsByRank = "{5ae69e48-1ee5-4ea5-8fce-c5615ecd8b8a}";
    private const string TargetsBelowTarget = "{a6d69a5f-ba2d-47fc-8b41-8f2356897ae5}";

    private static List<XElement> ViewsOf(string table) =>
        Packages.Customizations(Packages.Managed).Element("Entities")!.Elements().Single(e => e.Element("Name")!.Value == table).Descendants("savedquery").ToList();

    private static XElement View(string table, string id) => ViewsOf(table).Single(v => v.Element("savedqueryid")!.Value == id);

    [Fact]
    public void CustomViews_FollowTheGeneratedViewsOfTheirTable()
    {
        var statements = ViewsOf("spm_commissionstatement");

        // Seven generated views (user-owned table, solution-format 6), then the five custom ones.
        Assert.Equal(12, statements.Count);
        Assert.Equal(["0", "0", "1", "2", "4", "64", "8192", "0", "0", "0", "0", "0"], statements.Select(v => v.Element("querytype")!.Value));
        Assert.Contains(AwaitingApproval, statements.Skip(7).Select(v => v.Element("savedqueryid")!.Value));
    }

    [Fact]
    public void CustomView_HasTheElementOrderOfAnExportedView()
    {
        // solution-format 6 (Apollo-M): IsCustomizable … LocalizedNames [, Descriptions].
        Assert.Equal(
            ["IsCustomizable", "CanBeDeleted", "isquickfindquery", "isprivate", "isdefault", "savedqueryid", "layoutxml", "querytype", "fetchxml", "IntroducedVersion", "LocalizedNames", "Descriptions"],
            View("spm_review", ReviewsAwaitingMyRating).Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void CustomView_IsAPublicNonDefaultViewWithInlineLayoutAndFetch()
    {
        var view = View("spm_review", ReviewsAwaitingMyRating);

        Assert.Equal(("0", "0", "0", "0"), (view.Element("querytype")!.Value, view.Element("isdefault")!.Value, view.Element("isprivate")!.Value, view.Element("isquickfindquery")!.Value));
        Assert.Equal(["Reviews Awaiting My Rating", "待我评分的绩效评估"], view.Element("LocalizedNames")!.Elements().Select(e => (string)e.Attribute("description")!));
        Assert.Equal(
            [("spm_name", "250"), ("ownerid", "150"), ("spm_periodid", "120"), ("spm_quantitativescore", "120"), ("modifiedon", "140")],
            view.Element("layoutxml")!.Descendants("cell").Select(c => ((string)c.Attribute("name")!, (string)c.Attribute("width")!)));
        Assert.Equal(["spm_reviewid", "spm_name", "ownerid", "spm_periodid", "spm_quantitativescore", "modifiedon"],
            view.Element("fetchxml")!.Element("fetch")!.Element("entity")!.Elements("attribute").Select(a => (string)a.Attribute("name")!));
    }

    [Fact]
    public void ReviewsAwaitingMyRating_FiltersOnManagerReviewAndTheCurrentReviewer()
    {
        var conditions = View("spm_review", ReviewsAwaitingMyRating).Descendants("condition")
            .Select(c => ((string)c.Attribute("attribute")!, (string)c.Attribute("operator")!, (string?)c.Attribute("value")));

        // domain.md 2: ManagerReview is statuscode 100000001 of state 0.
        Assert.Equal([("statecode", "eq", "0"), ("statuscode", "eq", "100000001"), ("spm_reviewerid", "eq-userid", null)], conditions);
    }

    [Fact]
    public void ScorecardsByRank_JoinsTheYearPeriodOfThisFiscalYearAndSortsByRank()
    {
        var entity = View("spm_scorecard", ScorecardsByRank).Element("fetchxml")!.Element("fetch")!.Element("entity")!;
        var link = Assert.Single(entity.Elements("link-entity"));

        Assert.Equal(("spm_period", "spm_periodid", "spm_periodid", "inner"),
            ((string)link.Attribute("name")!, (string)link.Attribute("from")!, (string)link.Attribute("to")!, (string)link.Attribute("link-type")!));
        Assert.Equal([("spm_periodtype", "eq", "100000000"), ("spm_startdate", "this-fiscal-year", null)],
            link.Descendants("condition").Select(c => ((string)c.Attribute("attribute")!, (string)c.Attribute("operator")!, (string?)c.Attribute("value"))));
        Assert.Equal([("spm_rank", "false"), ("spm_weightedscore", "true")],
            entity.Elements("order").Select(o => ((string)o.Attribute("attribute")!, (string)o.Attribute("descending")!)));
    }

    [Fact]
    public void EveryCustomViewFetch_IsValidAgainstTheTestCopyOfFetchXsd()
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Repository.TestFile("Schemas", "Fetch.xsd"));
        schemas.Compile();
        var problems = new List<string>();
        var custom = Repository.Input(managed: true).Views.Select(v => v.Id.ToString("B")).ToHashSet(StringComparer.Ordinal);
        var fetches = Packages.Customizations(Packages.Managed).Descendants("savedquery")
            .Where(v => custom.Contains(v.Element("savedqueryid")!.Value))
            .Select(v => v.Element("fetchxml")!.Element("fetch")!)
            .ToList();

        foreach (var fetch in fetches)
        {
            new XDocument(new XElement(fetch)).Validate(schemas, (_, e) => problems.Add(e.Message));
        }

        Assert.Equal(42, fetches.Count);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryViewChartAndDashboardOfTheSource_IsInTheZip(bool managed)
    {
        var input = Repository.Input(managed);
        var customizations = Packages.Customizations(managed ? Packages.Managed : Packages.Unmanaged);
        var views = customizations.Descendants("savedquery").Select(v => v.Element("savedqueryid")!.Value).ToHashSet();
        var charts = customizations.Descendants("visualization").Select(v => v.Element("savedqueryvisualizationid")!.Value).ToHashSet();
        var dashboards = customizations.Element("Dashboards")!.Elements("Dashboard").Select(d => d.Element("FormId")!.Value).ToHashSet();

        Assert.Equal(42, input.Views.Count);
        Assert.All(input.Views, v => Assert.Contains(v.Id.ToString("B"), views));
        Assert.All(input.Charts, c => Assert.Contains(c.Id.ToString("B"), charts));
        Assert.All(input.Dashboards, d => Assert.Contains(d.Id.ToString("B"), dashboards));
    }
}
