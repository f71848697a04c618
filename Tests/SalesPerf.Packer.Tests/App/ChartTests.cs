using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.App;

public sealed class ChartTests
{
    private static XElement Entity(string table) =>
        Packages.Customizations(Packages.Managed).Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == table);

    private static XElement Fetch(XElement chart) =>
        chart.Element("datadescription")!.Element("datadefinition")!.Element("fetchcollection")!.Element("fetch")!;

    [Fact]
    public void AttainmentByKpi_AveragesTargetAttainmentGroupedByKpi()
    {
        var chart = Assert.Single(Entity("spm_target").Element("Visualizations")!.Elements("visualization"));
        var fetch = Fetch(chart);
        var attributes = fetch.Element("entity")!.Elements("attribute").ToList();

        Assert.Equal("Attainment by KPI", chart.Element("LocalizedNames")!.Elements().Single(n => (string)n.Attribute("languagecode")! == "1033").Attribute("description")!.Value);
        Assert.Equal("true", (string?)fetch.Attribute("aggregate"));
        Assert.Equal("spm_target", (string?)fetch.Element("entity")!.Attribute("name"));
        Assert.Contains(attributes, a => (string?)a.Attribute("name") == "spm_kpiid" && (string?)a.Attribute("groupby") == "true");
        Assert.Contains(attributes, a => (string?)a.Attribute("name") == "spm_attainmentpercent" && (string?)a.Attribute("aggregate") == "avg");
    }

    [Fact]
    public void CommissionByRep_SumsStatementMoneyGroupedByOwner()
    {
        var chart = Assert.Single(Entity("spm_commissionstatement").Element("Visualizations")!.Elements("visualization"));
        var attributes = Fetch(chart).Element("entity")!.Elements("attribute").ToList();
        var measure = Assert.Single(attributes, a => a.Attribute("aggregate") is not null);

        Assert.Contains(attributes, a => (string?)a.Attribute("name") == "ownerid" && (string?)a.Attribute("groupby") == "true");
        Assert.Equal("sum", (string?)measure.Attribute("aggregate"));
        // The statement's earned or payable money column (domain.md: spm_earnedamount, spm_payableamount).
        Assert.Contains((string?)measure.Attribute("name"), new[] { "spm_earnedamount", "spm_payableamount" });
        Assert.Equal("Money", Repository.Metadata.Table("spm_commissionstatement").FindColumn((string)measure.Attribute("name")!)!.Type.ToString());
    }

    [Theory]
    [InlineData("spm_target")]
    [InlineData("spm_commissionstatement")]
    public void Chart_CarriesBothLanguagesAndItsMeasureAliasInTheCategory(string table)
    {
        var chart = Entity(table).Element("Visualizations")!.Element("visualization")!;
        var names = chart.Element("LocalizedNames")!.Elements("LocalizedName").ToList();
        var aggregateAlias = (string?)Fetch(chart).Element("entity")!.Elements("attribute").Single(a => a.Attribute("aggregate") is not null).Attribute("alias");
        var measure = chart.Descendants("measure").Single();

        Assert.Equal(["1033", "2052"], names.Select(n => (string)n.Attribute("languagecode")!));
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace((string?)n.Attribute("description"))));
        Assert.NotEqual((string?)names[0].Attribute("description"), (string?)names[1].Attribute("description"));
        Assert.Equal(aggregateAlias, (string?)measure.Attribute("alias"));
        Assert.NotNull(chart.Element("presentationdescription")!.Element("Chart"));
        Assert.True(Guid.TryParse(chart.Element("savedqueryvisualizationid")!.Value, out _));
    }

    [Fact]
    public void Visualizations_FollowSavedQueriesAndPrecedeTheRibbon()
    {
        var children = Entity("spm_target").Elements().Select(e => e.Name.LocalName).ToList();

        Assert.True(children.IndexOf("SavedQueries") < children.IndexOf("Visualizations"));
        Assert.True(children.IndexOf("Visualizations") < children.IndexOf("RibbonDiffXml"));
    }

    [Fact]
    public void TableWithoutChart_HasNoVisualizationsElement()
    {
        Assert.Null(Entity("spm_period").Element("Visualizations"));
    }
}
