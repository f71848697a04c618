using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>Semantics doc 8.1 / 8.2: results are copies of the requested columns plus the primary key, lookups named.</summary>
public sealed class ProjectionTests
{
    private readonly QueryOrg org = new();
    private readonly Entity parent;
    private readonly Entity child;

    public ProjectionTests()
    {
        parent = org.Rows.Add("account", ("name", "Parent"), ("revenue", new Money(5m)));
        child = org.Rows.Add("account", ("name", "Child"), ("revenue", new Money(7m)), ("parentaccountid", new EntityReference("account", parent.Id)),
            ("industrycode", new OptionSetValue(3)));
    }

    [Fact]
    public void NamedColumns_OnlyThoseAndPrimaryKeyReturned()
    {
        var query = Where("account", new ConditionExpression("name", ConditionOperator.Equal, "Child"));
        query.ColumnSet = new ColumnSet("name", "revenue");

        var row = Assert.Single(org.Run(query).Entities);

        Assert.Equal(["accountid", "name", "revenue"], row.Attributes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(child.Id, row.Id);
        Assert.Equal(child.Id, row["accountid"]);
    }

    [Fact]
    public void Lookup_NameFilledFromTargetPrimaryName()
    {
        var query = Where("account", new ConditionExpression("name", ConditionOperator.Equal, "Child"));

        var reference = Assert.Single(org.Run(query).Entities).GetAttributeValue<EntityReference>("parentaccountid");

        Assert.Equal("Parent", reference.Name);
        Assert.Equal(parent.Id, reference.Id);
    }

    [Fact]
    public void ChangingResult_DoesNotChangeStoredRow()
    {
        var query = Where("account", new ConditionExpression("name", ConditionOperator.Equal, "Child"));
        var first = Assert.Single(org.Run(query).Entities);
        first.GetAttributeValue<Money>("revenue").Value = 1000m;
        first.GetAttributeValue<OptionSetValue>("industrycode").Value = 9;
        first["name"] = "Changed";

        var again = Assert.Single(org.Run(query).Entities);

        Assert.Equal(7m, again.GetAttributeValue<Money>("revenue").Value);
        Assert.Equal(3, again.GetAttributeValue<OptionSetValue>("industrycode").Value);
        Assert.Equal(7m, ((Money)child["revenue"]).Value);
    }

    [Fact]
    public void UnknownColumnInColumnSet_FaultsNoAttribute()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "nosuchcolumn") };

        Assert.Equal(-2147217149, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact]
    public void UnknownColumnInCondition_FaultsNoAttribute()
    {
        var query = Where("account", new ConditionExpression("nosuchcolumn", ConditionOperator.Equal, 1));

        Assert.Equal(-2147217149, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact]
    public void UnknownTable_Faults()
    {
        Fault(() => org.Run(new QueryExpression("nosuchtable")));
    }

    [Fact]
    public void NoLock_Ignored()
    {
        Assert.Equal(2, org.Run(new QueryExpression("account") { NoLock = true }).Entities.Count);
    }
}
