using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class ViewTests
{
    private static IEnumerable<XElement> ViewsOf(string table) =>
        Packages.Customizations(Packages.Managed).Element("Entities")!.Elements().Single(e => e.Element("Name")!.Value == table).Descendants("savedquery");

    [Fact]
    public void Views_UserOwnedTable_HasTheViewsOfANewTablesExport()
    {
        // solution-format 6: Active and Inactive (0), Advanced Find (1), Associated (2), Quick Find (4), Lookup (64), My (8192).
        // The generated views come first; custom views of Solution/Views follow them (Views/CustomViewPackingTests).
        Assert.Equal(["0", "0", "1", "2", "4", "64", "8192"], ViewsOf("spm_target").Take(7).Select(v => v.Element("querytype")!.Value));
        Assert.DoesNotContain("8192", ViewsOf("spm_period").Select(v => v.Element("querytype")!.Value));
    }

    [Fact]
    public void Views_QuickFind_SearchesTheTextColumnsWithLike()
    {
        var quickFind = ViewsOf("spm_kpi").Single(v => v.Element("isquickfindquery")!.Value == "1");
        var filter = quickFind.Descendants("filter").Single(f => (string?)f.Attribute("isquickfindfields") == "1");

        Assert.Equal("or", (string)filter.Attribute("type")!);
        Assert.Contains("spm_name", filter.Elements().Select(c => (string)c.Attribute("attribute")!));
        Assert.Contains("spm_code", filter.Elements().Select(c => (string)c.Attribute("attribute")!));
        Assert.All(filter.Elements(), c => Assert.Equal("{0}", (string)c.Attribute("value")!));
    }

    [Fact]
    public void Views_My_FiltersOnTheCurrentUser()
    {
        var my = ViewsOf("spm_scorecard").Single(v => v.Element("querytype")!.Value == "8192");

        Assert.Contains(my.Descendants("condition"), c => (string)c.Attribute("attribute")! == "ownerid" && (string)c.Attribute("operator")! == "eq-userid");
        Assert.Equal(["My Scorecards", "我的计分卡"], my.Element("LocalizedNames")!.Elements().Select(e => (string)e.Attribute("description")!));
    }

    [Fact]
    public void Views_EveryFetchXml_IsValidAgainstTheTestCopyOfFetchXsd()
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Repository.TestFile("Schemas", "Fetch.xsd"));
        schemas.Compile();
        var problems = new List<string>();

        foreach (var fetch in Packages.Customizations(Packages.Managed).Descendants("fetchxml").Select(f => f.Element("fetch")!))
        {
            new XDocument(new XElement(fetch)).Validate(schemas, (_, e) => problems.Add(e.Message));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Views_Ids_AreStableAcrossPacks()
    {
        var first = ViewsOf("spm_target").Select(v => v.Element("savedqueryid")!.Value).ToList();
        var again = Packages.Customizations(SolutionPacker.Pack(Repository.Input(managed: false))).Element("Entities")!.Elements()
            .Single(e => e.Element("Name")!.Value == "spm_target").Descendants("savedqueryid").Select(e => e.Value);

        Assert.Equal(first, again);
        Assert.Equal(first.Count, first.Distinct().Count());
    }
}
