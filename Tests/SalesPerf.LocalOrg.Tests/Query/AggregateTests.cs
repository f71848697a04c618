using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>
/// Semantics doc 3.6, 8.3: FetchXML aggregates. Four opportunities: estimated values 100, 300, null, 200;
/// close probabilities 10, null, 30, 30; close dates (DateOnly) 15 Apr 2026, 20 May 2026, 2 Jul 2026, 10 Jan 2027.
/// </summary>
public sealed class AggregateTests
{
    private readonly QueryOrg org = new();
    private readonly Entity contoso;
    private readonly Entity fabrikam;

    public AggregateTests()
    {
        contoso = org.Rows.Add("account", ("name", "Contoso"));
        fabrikam = org.Rows.Add("account", ("name", "Fabrikam"));
        org.Rows.Add("account", ("name", "Northwind"));
        Opportunity("O1", contoso, 100m, 10, new DateTime(2026, 4, 15, 0, 0, 0, DateTimeKind.Utc), 1);
        Opportunity("O2", contoso, 300m, null, new DateTime(2026, 5, 20, 0, 0, 0, DateTimeKind.Utc), 1);
        Opportunity("O3", fabrikam, null, 30, new DateTime(2026, 7, 2, 0, 0, 0, DateTimeKind.Utc), 0);
        Opportunity("O4", fabrikam, 200m, 30, new DateTime(2027, 1, 10, 0, 0, 0, DateTimeKind.Utc), 0);
    }

    [Fact]
    public void EachFunction_NullsIgnoredExceptCount_TypesPinned()
    {
        var row = Assert.Single(org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="opportunityid" alias="rows" aggregate="count" />
                <attribute name="estimatedvalue" alias="valued" aggregate="countcolumn" />
                <attribute name="closeprobability" alias="probabilities" aggregate="countcolumn" distinct="true" />
                <attribute name="estimatedvalue" alias="total" aggregate="sum" />
                <attribute name="estimatedvalue" alias="average" aggregate="avg" />
                <attribute name="estimatedvalue" alias="lowest" aggregate="min" />
                <attribute name="estimatedvalue" alias="highest" aggregate="max" />
                <attribute name="closeprobability" alias="probabilitysum" aggregate="sum" />
                <attribute name="closeprobability" alias="probabilityavg" aggregate="avg" />
                <attribute name="actualclosedate" alias="firstclose" aggregate="min" />
              </entity>
            </fetch>
            """).Entities);

        Assert.Equal(4, row.Aliased("rows")); // count: rows, int
        Assert.Equal(3, row.Aliased("valued")); // countcolumn: non-null values
        Assert.Equal(2, row.Aliased("probabilities")); // distinct non-null: 10, 30
        Assert.Equal(new Money(600m), row.Aliased("total")); // Money sum stays Money
        Assert.Equal(new Money(200m), row.Aliased("average")); // 600 / 3 non-null values
        Assert.Equal(new Money(100m), row.Aliased("lowest"));
        Assert.Equal(new Money(300m), row.Aliased("highest"));
        Assert.Equal(70, row.Aliased("probabilitysum")); // integer sum stays int
        Assert.Equal(70m / 3m, row.Aliased("probabilityavg")); // integer average is decimal
        Assert.Equal(new DateTime(2026, 4, 15, 0, 0, 0, DateTimeKind.Utc), row.Aliased("firstclose"));
        var aliased = Assert.IsType<AliasedValue>(row["total"]);
        Assert.Equal("opportunity", aliased.EntityLogicalName);
        Assert.Equal("estimatedvalue", aliased.AttributeLogicalName);
    }

    [Fact]
    public void EmptyAggregate_OneRowWithEveryAlias()
    {
        var row = Assert.Single(org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="opportunityid" alias="rows" aggregate="count" />
                <attribute name="estimatedvalue" alias="valued" aggregate="countcolumn" />
                <attribute name="estimatedvalue" alias="total" aggregate="sum" />
                <attribute name="estimatedvalue" alias="average" aggregate="avg" />
                <attribute name="estimatedvalue" alias="highest" aggregate="max" />
                <filter><condition attribute="name" operator="eq" value="nothing" /></filter>
              </entity>
            </fetch>
            """).Entities);

        Assert.Equal(0, row.Aliased("rows"));
        Assert.Equal(0, row.Aliased("valued"));
        foreach (var alias in new[] { "total", "average", "highest" })
        {
            Assert.Null(Assert.IsType<AliasedValue>(row[alias]).Value); // present, value null
        }
    }

    [Fact]
    public void SumOverOnlyNulls_AliasPresentWithNullValue()
    {
        var row = Assert.Single(org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="estimatedvalue" alias="total" aggregate="sum" />
                <filter><condition attribute="name" operator="eq" value="O3" /></filter>
              </entity>
            </fetch>
            """).Entities);

        Assert.Null(Assert.IsType<AliasedValue>(row["total"]).Value);
    }

    [Fact]
    public void GroupByLookup_EntityReferenceWithNameAndSumPerGroup()
    {
        var result = org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="parentaccountid" alias="account" groupby="true" />
                <attribute name="estimatedvalue" alias="total" aggregate="sum" />
                <order alias="total" descending="true" />
              </entity>
            </fetch>
            """);

        Assert.Equal(2, result.Entities.Count);
        var top = (EntityReference)result.Entities[0].Aliased("account")!;
        Assert.Equal(contoso.Id, top.Id);
        Assert.Equal("Contoso", top.Name);
        Assert.Equal(new Money(400m), result.Entities[0].Aliased("total"));
        Assert.Equal(new Money(200m), result.Entities[1].Aliased("total"));
    }

    [Fact]
    public void GroupByChoice_OptionSetValueReturned()
    {
        var result = org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="statecode" alias="state" groupby="true" />
                <attribute name="opportunityid" alias="rows" aggregate="count" />
                <order alias="state" />
              </entity>
            </fetch>
            """);

        Assert.Equal([0, 1], result.Entities.Select(e => ((OptionSetValue)e.Aliased("state")!).Value));
        Assert.Equal([2, 2], result.Entities.Select(e => (int)e.Aliased("rows")!));
    }

    [Theory]
    [InlineData("day", new object[] { 2, 10, 15, 20 }, new[] { 1, 1, 1, 1 })] // day of month
    [InlineData("week", new object[] { 3, 16, 21, 27 }, new[] { 1, 1, 1, 1 })] // week 1 holds 1 January, weeks start on Sunday
    [InlineData("month", new object[] { 1, 4, 5, 7 }, new[] { 1, 1, 1, 1 })]
    [InlineData("quarter", new object[] { 1, 2, 4 }, new[] { 2, 1, 1 })] // quarter of the fiscal year (April start)
    [InlineData("year", new object[] { 2026, 2027 }, new[] { 3, 1 })]
    [InlineData("fiscal-period", new object[] { "Quarter 1 FY2026", "Quarter 2 FY2026", "Quarter 4 FY2026" }, new[] { 2, 1, 1 })]
    [InlineData("fiscal-year", new object[] { "FY2026" }, new[] { 4 })]
    public void DateGrouping_GroupsByPart(string grouping, object[] groups, int[] counts)
    {
        var result = org.Fetch($"""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="actualclosedate" alias="part" groupby="true" dategrouping="{grouping}" />
                <attribute name="opportunityid" alias="rows" aggregate="count" />
                <order alias="part" />
              </entity>
            </fetch>
            """);

        Assert.Equal(groups, result.Entities.Select(e => e.Aliased("part")));
        Assert.Equal(counts, result.Entities.Select(e => (int)e.Aliased("rows")!));
    }

    [Theory]
    [InlineData("true", 4)] // 2026-03-31T20:00Z is 1 April in China Standard Time
    [InlineData("false", 3)] // in UTC it is still March
    public void DateGrouping_UserLocalColumn_UsesOrganisationTimeZoneUnlessDisabled(string userTimeZone, int month)
    {
        org.Rows.Add("contact", ("fullname", "Late"), ("createdon", new DateTime(2026, 3, 31, 20, 0, 0, DateTimeKind.Utc)));

        var row = Assert.Single(org.Fetch($"""
            <fetch aggregate="true">
              <entity name="contact">
                <attribute name="createdon" alias="month" groupby="true" dategrouping="month" usertimezone="{userTimeZone}" />
                <attribute name="contactid" alias="rows" aggregate="count" />
              </entity>
            </fetch>
            """).Entities);

        Assert.Equal(month, row.Aliased("month"));
    }

    [Fact]
    public void AggregateOverLinkedColumnWithOuterJoin_GroupsIncludeUnmatchedParent()
    {
        var result = org.Fetch("""
            <fetch aggregate="true">
              <entity name="account">
                <attribute name="name" alias="account" groupby="true" />
                <link-entity name="opportunity" from="parentaccountid" to="accountid" alias="o" link-type="outer">
                  <attribute name="opportunityid" alias="deals" aggregate="countcolumn" />
                  <attribute name="estimatedvalue" alias="pipeline" aggregate="sum" />
                </link-entity>
                <order alias="account" />
              </entity>
            </fetch>
            """);

        Assert.Equal(["Contoso", "Fabrikam", "Northwind"], result.Entities.Select(e => (string?)e.Aliased("account")));
        Assert.Equal([2, 2, 0], result.Entities.Select(e => (int)e.Aliased("deals")!));
        Assert.Equal(new Money(400m), result.Entities[0].Aliased("pipeline"));
        Assert.Null(result.Entities[2].Aliased("pipeline"));
    }

    [Fact]
    public void NullGroupValue_OwnGroupWithoutGroupAlias()
    {
        var result = org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="closeprobability" alias="probability" groupby="true" />
                <attribute name="opportunityid" alias="rows" aggregate="count" />
                <order alias="probability" />
              </entity>
            </fetch>
            """);

        Assert.Equal(3, result.Entities.Count);
        Assert.False(result.Entities[0].Contains("probability")); // null group first when ascending
        Assert.Equal([1, 1, 2], result.Entities.Select(e => (int)e.Aliased("rows")!));
    }

    [Fact]
    public void MoreThan50000SourceRows_FaultsAggregateQueryRecordLimit()
    {
        var big = new QueryOrg();
        for (var i = 0; i < 50001; i++)
        {
            big.Rows.Add("contact", ("numberofchildren", 1));
        }

        var fault = Fault(() => big.Fetch("""
            <fetch aggregate="true">
              <entity name="contact">
                <attribute name="numberofchildren" alias="children" aggregate="sum" />
              </entity>
            </fetch>
            """));

        Assert.Equal(-2147164125, fault.ErrorCode);
        Assert.Equal("AggregateQueryRecordLimit exceeded. Cannot perform this operation.", fault.Message);
    }

    [Fact]
    public void Exactly50000SourceRows_Aggregated()
    {
        var big = new QueryOrg();
        for (var i = 0; i < 50000; i++)
        {
            big.Rows.Add("contact", ("numberofchildren", 1));
        }

        var row = Assert.Single(big.Fetch("""
            <fetch aggregate="true">
              <entity name="contact">
                <attribute name="numberofchildren" alias="children" aggregate="sum" />
              </entity>
            </fetch>
            """).Entities);

        Assert.Equal(50000, row.Aliased("children"));
    }

    [Fact]
    public void AggregateLimitAttribute_LowerLimitFaultsTheSame()
    {
        // aggregatelimit is newer than the 9.0 Fetch.xsd, so this one string is not schema-validated.
        var fetch = new FetchExpression("""
            <fetch aggregate="true" aggregatelimit="3">
              <entity name="opportunity">
                <attribute name="opportunityid" alias="rows" aggregate="count" />
              </entity>
            </fetch>
            """);

        Assert.Equal(-2147164125, Fault(() => org.Engine.Execute(fetch)).ErrorCode);
    }

    [Theory]
    [InlineData("""<fetch aggregate="true"><entity name="opportunity"><all-attributes /></entity></fetch>""")] // all-attributes not allowed
    [InlineData("""<fetch aggregate="true"><entity name="opportunity"><attribute name="estimatedvalue" aggregate="sum" /></entity></fetch>""")] // alias missing
    [InlineData("""<fetch aggregate="true"><entity name="opportunity"><attribute name="estimatedvalue" alias="t" aggregate="sum" /><order attribute="estimatedvalue" /></entity></fetch>""")] // order by attribute
    [InlineData("""<fetch aggregate="true"><entity name="opportunity"><attribute name="name" alias="t" aggregate="sum" /></entity></fetch>""")] // sum of text
    public void InvalidAggregate_FaultsInvalidArgument(string fetchXml)
    {
        Assert.Equal(-2147220989, Fault(() => org.Fetch(fetchXml)).ErrorCode);
    }

    private void Opportunity(string name, Entity account, decimal? value, int? probability, DateTime closeDate, int state) =>
        org.Rows.Add("opportunity", ("name", name), ("parentaccountid", account.ToEntityReference()),
            ("estimatedvalue", value is { } v ? new Money(v) : null), ("closeprobability", probability),
            ("actualclosedate", closeDate), ("statecode", new OptionSetValue(state)));
}
