using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>Semantics doc 8.2 "Types": condition values converted per column type.</summary>
public sealed class ConditionValueTests
{
    private readonly QueryOrg org = new();
    private readonly Entity parent;

    public ConditionValueTests()
    {
        parent = org.Rows.Add("account", ("name", "Parent"), ("revenue", new Money(100m)), ("industrycode", new OptionSetValue(7)), ("donotemail", true),
            ("spm_segments", new OptionSetValueCollection([new OptionSetValue(1), new OptionSetValue(2)])));
        org.Rows.Add("account", ("name", "Child"), ("parentaccountid", parent.ToEntityReference()), ("revenue", new Money(50m)));
    }

    [Theory]
    [InlineData("revenue", 100)] // Money column, int value
    [InlineData("revenue", "100")] // Money column, FetchXML-style text
    [InlineData("industrycode", 7)] // choice column, int value
    [InlineData("donotemail", true)]
    public void Equal_ValueOfConvertibleType_Matches(string column, object value)
    {
        Assert.Equal(["Parent"], org.Run(Where("account", new ConditionExpression(column, ConditionOperator.Equal, value))).Names());
    }

    [Fact]
    public void Equal_MoneyColumnWithDecimal_Matches()
    {
        Assert.Equal(["Child"], org.Run(Where("account", new ConditionExpression("revenue", ConditionOperator.Equal, 50m))).Names());
    }

    [Fact]
    public void Equal_LookupWithGuidOrGuidString_Matches()
    {
        Assert.Equal(["Child"], org.Run(Where("account", new ConditionExpression("parentaccountid", ConditionOperator.Equal, parent.Id))).Names());
        Assert.Equal(["Child"], org.Run(Where("account", new ConditionExpression("parentaccountid", ConditionOperator.Equal, parent.Id.ToString()))).Names());
    }

    [Fact]
    public void Equal_LookupWithEntityReference_Faults()
    {
        var query = Where("account", new ConditionExpression("parentaccountid", ConditionOperator.Equal, parent.ToEntityReference()));

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact]
    public void Equal_LookupWithInt_Faults()
    {
        var query = Where("account", new ConditionExpression("parentaccountid", ConditionOperator.Equal, 5));

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact]
    public void In_LookupWithGuidArray_Matches()
    {
        var query = Where("account", new ConditionExpression("parentaccountid", ConditionOperator.In, new[] { Guid.NewGuid(), parent.Id }));

        Assert.Equal(["Child"], org.Run(query).Names());
    }

    [Fact]
    public void NotIn_Empty_Ignored()
    {
        Assert.Equal(2, org.Run(Where("account", new ConditionExpression("name", ConditionOperator.NotIn, Array.Empty<object>()))).Entities.Count);
    }

    [Fact]
    public void ContainValues_MultiChoice_MatchesAnyListedValue()
    {
        Assert.Equal(["Parent"], org.Run(Where("account", new ConditionExpression("spm_segments", ConditionOperator.ContainValues, 2, 5))).Names());
    }

    [Fact]
    public void PrimaryKeyCondition_Matches()
    {
        Assert.Equal(["Parent"], org.Run(Where("account", new ConditionExpression("accountid", ConditionOperator.Equal, parent.Id))).Names());
    }
}
