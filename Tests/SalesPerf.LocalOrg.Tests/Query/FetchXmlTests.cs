using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Tests.Schemas;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>Semantics doc 8.3: FetchXML parsed into the same model; malformed input faults, unsupported features say so.</summary>
public sealed class FetchXmlTests
{
    private readonly QueryOrg org = new();

    public FetchXmlTests()
    {
        org.Rows.Add("account", ("name", "Alpha"), ("numberofemployees", 10), ("accountnumber", "X"));
        org.Rows.Add("account", ("name", "Beta"), ("numberofemployees", 20));
        org.Rows.Add("account", ("name", "Gamma"), ("numberofemployees", 30), ("accountnumber", "X"));
    }

    [Fact]
    public void NestedAndOrFilters_InWithValueElements_Ordered()
    {
        var result = org.Fetch("""
            <fetch version="1.0" mapping="logical" distinct="false" no-lock="true">
              <entity name="account">
                <attribute name="name" />
                <attribute name="numberofemployees" />
                <order attribute="numberofemployees" descending="true" />
                <filter type="and">
                  <condition attribute="numberofemployees" operator="in">
                    <value>10</value>
                    <value>20</value>
                    <value>30</value>
                  </condition>
                  <filter type="or">
                    <condition attribute="accountnumber" operator="eq" value="x" />
                    <condition attribute="name" operator="begins-with" value="be" />
                  </filter>
                </filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Gamma", "Beta", "Alpha"], result.Names());
    }

    [Fact]
    public void AllAttributes_ReturnsEveryStoredColumn()
    {
        var result = org.Fetch("""
            <fetch top="1">
              <entity name="account">
                <all-attributes />
                <filter><condition attribute="name" operator="eq" value="Alpha" /></filter>
              </entity>
            </fetch>
            """);

        var row = Assert.Single(result.Entities);
        Assert.Equal("X", row["accountnumber"]);
        Assert.Equal(10, row["numberofemployees"]);
    }

    [Fact]
    public void BetweenAndNotNull_Evaluated()
    {
        var result = org.Fetch("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter>
                  <condition attribute="numberofemployees" operator="between"><value>15</value><value>30</value></condition>
                  <condition attribute="accountnumber" operator="not-null" />
                </filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Gamma"], result.Names());
    }

    [Fact]
    public void ReturnTotalRecordCount_Filled()
    {
        var result = org.Fetch("""<fetch count="1" page="1" returntotalrecordcount="true"><entity name="account"><attribute name="name" /></entity></fetch>""");

        Assert.Equal(3, result.TotalRecordCount);
        Assert.True(result.MoreRecords);
    }

    [Theory]
    [InlineData("<fetch><entity name=\"account\"><attribute name=\"name\"></entity></fetch>")] // not well-formed
    [InlineData("<fetch><entity name=\"account\"><condition attribute=\"name\" operator=\"eq\" value=\"a\" /></entity></fetch>")] // condition outside a filter
    [InlineData("<fetch><entity name=\"account\"><filter><condition attribute=\"name\" operator=\"equals\" value=\"a\" /></filter></entity></fetch>")] // unknown operator
    [InlineData("<query><entity name=\"account\" /></query>")] // wrong root
    [InlineData("<fetch><entity name=\"account\" /><entity name=\"contact\" /></fetch>")] // two root entities
    public void MalformedFetch_FaultsInvalidArgument(string fetchXml)
    {
        Assert.Equal(-2147220989, Fault(() => org.Engine.Execute(new FetchExpression(fetchXml))).ErrorCode);
    }

    [Theory]
    [InlineData("<fetch><entity name=\"account\"><attribute name=\"name\"></entity></fetch>")]
    [InlineData("<fetch><entity name=\"account\"><condition attribute=\"name\" operator=\"eq\" value=\"a\" /></entity></fetch>")]
    [InlineData("<fetch><entity name=\"account\"><filter><condition attribute=\"name\" operator=\"equals\" value=\"a\" /></filter></entity></fetch>")]
    [InlineData("<query><entity name=\"account\" /></query>")]
    public void MalformedFetch_AlsoRejectedBySchema(string fetchXml)
    {
        Assert.NotEmpty(FetchSchema.Errors(fetchXml));
    }

    [Theory]
    [InlineData("""<fetch><entity name="account"><attribute name="name" /><filter><condition attribute="name" operator="eq-userid" /></filter></entity></fetch>""", "EqualUserId")]
    [InlineData("""<fetch><entity name="account"><attribute name="name" /><filter><condition attribute="parentaccountid" operator="eq-useroruserhierarchy" /></filter></entity></fetch>""", "EqualUserOrUserHierarchy")]
    [InlineData("""<fetch><entity name="account"><attribute name="name" /><link-entity name="contact" from="parentcustomerid" to="accountid" link-type="exists" /></entity></fetch>""", "exists")]
    [InlineData("""<fetch><entity name="account"><attribute name="name" alias="n" /></entity></fetch>""", "alias")]
    public void UnsupportedFeature_ThrowsNotSupportedNamingIt(string fetchXml, string feature)
    {
        var exception = Assert.Throws<NotSupportedException>(() => org.Fetch(fetchXml));

        Assert.Contains(feature, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedQueryExpressionOperator_ThrowsNotSupportedNamingIt()
    {
        var query = Where("account", new ConditionExpression("parentaccountid", ConditionOperator.ChildOf, Guid.NewGuid()));

        var exception = Assert.Throws<NotSupportedException>(() => org.Run(query));

        Assert.Contains("ChildOf", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HierarchyOperator_OnATableWithoutAHierarchicalRelationship_FaultsNamingTheTable()
    {
        var query = Where("account", new ConditionExpression("accountid", ConditionOperator.UnderOrEqual, Guid.NewGuid()));

        var fault = Assert.Throws<System.ServiceModel.FaultException<Microsoft.Xrm.Sdk.OrganizationServiceFault>>(() => org.Run(query));

        Assert.Contains("operator UnderOrEqual needs a hierarchical relationship, and account has none", fault.Detail.Message, StringComparison.Ordinal);
    }
}
