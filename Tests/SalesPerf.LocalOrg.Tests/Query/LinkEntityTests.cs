using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>Semantics doc 3.1, 8.2 "Links": inner and left-outer joins, link criteria, aliases, nested links.</summary>
public sealed class LinkEntityTests
{
    private readonly QueryOrg org = new();
    private readonly Entity contoso;
    private readonly Entity fabrikam;

    public LinkEntityTests()
    {
        contoso = org.Rows.Add("account", ("name", "Contoso"));
        fabrikam = org.Rows.Add("account", ("name", "Fabrikam"));
        org.Rows.Add("account", ("name", "Northwind"));
        org.Rows.Add("contact", ("fullname", "Ann"), ("parentcustomerid", contoso.ToEntityReference()), ("emailaddress1", "ann@contoso.com"));
        org.Rows.Add("contact", ("fullname", "Bob"), ("parentcustomerid", contoso.ToEntityReference()));
        org.Rows.Add("contact", ("fullname", "Cid"), ("parentcustomerid", fabrikam.ToEntityReference()));
    }

    [Fact]
    public void InnerJoin_OneRowPerMatch_UnmatchedDropped()
    {
        var query = AccountsWithContacts(JoinOperator.Inner);

        Assert.Equal(["Contoso", "Contoso", "Fabrikam"], org.Run(query).SortedNames());
    }

    [Fact]
    public void LeftOuterJoin_UnmatchedParentKeptWithoutAliasedValues()
    {
        var result = org.Run(AccountsWithContacts(JoinOperator.LeftOuter));

        Assert.Equal(["Contoso", "Contoso", "Fabrikam", "Northwind"], result.SortedNames());
        var northwind = Assert.Single(result.Entities, e => e.GetAttributeValue<string>("name") == "Northwind");
        Assert.False(northwind.Contains("c.fullname"));
    }

    [Fact]
    public void InnerJoinWithLinkCriteria_OnlyParentsWithMatchingChild()
    {
        var query = AccountsWithContacts(JoinOperator.Inner);
        query.LinkEntities[0].LinkCriteria.AddCondition("fullname", ConditionOperator.Equal, "ann");

        Assert.Equal(["Contoso"], org.Run(query).Names());
    }

    [Fact]
    public void LinkedColumn_ReturnedAsAliasedValueUnderAliasDotColumn()
    {
        var query = AccountsWithContacts(JoinOperator.Inner);
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "Fabrikam");

        var row = Assert.Single(org.Run(query).Entities);
        var aliased = Assert.IsType<AliasedValue>(row["c.fullname"]);
        Assert.Equal("contact", aliased.EntityLogicalName);
        Assert.Equal("fullname", aliased.AttributeLogicalName);
        Assert.Equal("Cid", aliased.Value);
    }

    [Fact]
    public void LinkWithoutAlias_ColumnsUnderGeneratedTableAlias()
    {
        var query = AccountsWithContacts(JoinOperator.Inner);
        query.LinkEntities[0].EntityAlias = null;
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "Fabrikam");

        Assert.Equal("Cid", Assert.Single(org.Run(query).Entities).Aliased("contact1.fullname"));
    }

    [Fact]
    public void ConditionOnLinkAlias_InRootCriteria_FiltersJoinedRows()
    {
        var query = AccountsWithContacts(JoinOperator.LeftOuter);
        query.Criteria.AddCondition("c", "contactid", ConditionOperator.Null);

        Assert.Equal(["Northwind"], org.Run(query).Names());
    }

    [Fact]
    public void OrderOnLinkedColumn_Descending_Applied()
    {
        var query = AccountsWithContacts(JoinOperator.Inner);
        query.LinkEntities[0].Orders.Add(new OrderExpression("fullname", OrderType.Descending));

        var result = org.Run(query);

        Assert.Equal(["Cid", "Bob", "Ann"], result.Entities.Select(e => (string?)e.Aliased("c.fullname")).ToList());
        Assert.Null(result.PagingCookie); // ordered by a linked column: simple paging only (doc 3.7)
    }

    [Fact]
    public void LinkToUnknownColumn_FaultsNoAttribute()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "accountid", "nosuchcolumn");

        Assert.Equal(-2147217149, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact]
    public void OuterJoinInFetchXml_FromIsLinkedColumnToIsParentColumn()
    {
        var result = org.Fetch("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <order attribute="name" />
                <link-entity name="contact" from="parentcustomerid" to="accountid" alias="c" link-type="outer">
                  <attribute name="fullname" />
                  <filter><condition attribute="fullname" operator="eq" value="Ann" /></filter>
                </link-entity>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Contoso", "Fabrikam", "Northwind"], result.Names());
        Assert.Equal("Ann", result.Entities[0].Aliased("c.fullname"));
        Assert.False(result.Entities[1].Contains("c.fullname"));
    }

    [Fact]
    public void NestedLinkInFetchXml_ConditionWithEntityName_Applied()
    {
        org.Rows.Add("opportunity", ("name", "Big deal"), ("parentaccountid", contoso.ToEntityReference()));
        org.Rows.Add("opportunity", ("name", "Small deal"), ("parentaccountid", fabrikam.ToEntityReference()));

        var result = org.Fetch("""
            <fetch>
              <entity name="opportunity">
                <attribute name="name" />
                <filter><condition entityname="c" attribute="emailaddress1" operator="like" value="%@contoso.com" /></filter>
                <link-entity name="account" from="accountid" to="parentaccountid" alias="a">
                  <attribute name="name" />
                  <link-entity name="contact" from="parentcustomerid" to="accountid" alias="c">
                    <attribute name="fullname" />
                  </link-entity>
                </link-entity>
              </entity>
            </fetch>
            """);

        var row = Assert.Single(result.Entities);
        Assert.Equal("Big deal", row["name"]);
        Assert.Equal("Contoso", row.Aliased("a.name"));
        Assert.Equal("Ann", row.Aliased("c.fullname"));
    }

    [Theory]
    [InlineData(JoinOperator.Exists)]
    [InlineData(JoinOperator.Any)]
    [InlineData(JoinOperator.NotAny)]
    [InlineData(JoinOperator.In)]
    [InlineData(JoinOperator.MatchFirstRowUsingCrossApply)]
    public void UnimplementedJoinOperator_ThrowsNotSupportedNamingIt(JoinOperator join)
    {
        var exception = Assert.Throws<NotSupportedException>(() => org.Run(AccountsWithContacts(join)));

        Assert.Contains(join.ToString(), exception.Message, StringComparison.Ordinal);
    }

    private static QueryExpression AccountsWithContacts(JoinOperator join)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("contact", "accountid", "parentcustomerid", join);
        link.EntityAlias = "c";
        link.Columns = new ColumnSet("fullname");
        return query;
    }
}
