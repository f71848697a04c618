using Microsoft.Xrm.Sdk.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>Semantics doc 3.2: a comparison with a null column is unknown, and only true keeps a row.</summary>
public sealed class NullSemanticsTests
{
    private readonly QueryOrg org = new();

    public NullSemanticsTests()
    {
        org.Rows.Add("account", ("name", "Ten"), ("numberofemployees", 10), ("accountnumber", "A-1"));
        org.Rows.Add("account", ("name", "Empty"));
        org.Rows.Add("account", ("name", "Twenty"), ("numberofemployees", 20), ("accountnumber", "B-2"));
    }

    [Theory]
    [InlineData(ConditionOperator.Equal, new object[] { 10 }, new[] { "Ten" })]
    [InlineData(ConditionOperator.NotEqual, new object[] { 10 }, new[] { "Twenty" })] // ne excludes the null row
    [InlineData(ConditionOperator.GreaterThan, new object[] { 5 }, new[] { "Ten", "Twenty" })]
    [InlineData(ConditionOperator.GreaterEqual, new object[] { 20 }, new[] { "Twenty" })]
    [InlineData(ConditionOperator.LessThan, new object[] { 15 }, new[] { "Ten" })]
    [InlineData(ConditionOperator.LessEqual, new object[] { 20 }, new[] { "Ten", "Twenty" })]
    [InlineData(ConditionOperator.In, new object[] { 10, 30 }, new[] { "Ten" })]
    [InlineData(ConditionOperator.NotIn, new object[] { 10 }, new[] { "Twenty" })] // not-in excludes the null row
    [InlineData(ConditionOperator.Between, new object[] { 5, 15 }, new[] { "Ten" })]
    [InlineData(ConditionOperator.NotBetween, new object[] { 15, 30 }, new[] { "Ten" })] // not-between excludes the null row
    [InlineData(ConditionOperator.Null, new object[0], new[] { "Empty" })]
    [InlineData(ConditionOperator.NotNull, new object[0], new[] { "Ten", "Twenty" })]
    public void Comparison_WithNullColumn_RowExcludedUnlessNullTested(ConditionOperator op, object[] values, string[] expected)
    {
        var result = org.Run(Where("account", new ConditionExpression("numberofemployees", op, values)));

        Assert.Equal(expected, result.SortedNames());
    }

    [Theory]
    [InlineData(ConditionOperator.Like, "a%", new[] { "Ten" })]
    [InlineData(ConditionOperator.NotLike, "a%", new[] { "Twenty" })] // not-like excludes the null row
    [InlineData(ConditionOperator.DoesNotBeginWith, "A", new[] { "Twenty" })]
    [InlineData(ConditionOperator.DoesNotEndWith, "1", new[] { "Twenty" })]
    [InlineData(ConditionOperator.DoesNotContain, "-1", new[] { "Twenty" })]
    public void TextComparison_WithNullColumn_RowExcluded(ConditionOperator op, string value, string[] expected)
    {
        var result = org.Run(Where("account", new ConditionExpression("accountnumber", op, value)));

        Assert.Equal(expected, result.SortedNames());
    }

    [Fact]
    public void OrFilter_BothBranchesUnknown_RowExcluded()
    {
        var query = Where("account");
        var or = query.Criteria.AddFilter(LogicalOperator.Or);
        or.AddCondition("numberofemployees", ConditionOperator.Equal, 10);
        or.AddCondition("numberofemployees", ConditionOperator.NotEqual, 10);

        Assert.Equal(["Ten", "Twenty"], org.Run(query).SortedNames());
    }

    [Fact]
    public void OrFilter_UnknownAndTrue_RowKept()
    {
        var query = Where("account");
        var or = query.Criteria.AddFilter(LogicalOperator.Or);
        or.AddCondition("numberofemployees", ConditionOperator.Equal, 10);
        or.AddCondition("name", ConditionOperator.Equal, "Empty");

        Assert.Equal(["Empty", "Ten"], org.Run(query).SortedNames());
    }

    [Theory]
    [InlineData(ConditionOperator.Equal)]
    [InlineData(ConditionOperator.GreaterThan)]
    [InlineData(ConditionOperator.GreaterEqual)]
    public void Comparison_WithNullValue_FaultsInvalidArgument(ConditionOperator op)
    {
        var query = Where("account", new ConditionExpression("numberofemployees", op, (object?)null!));

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }
}
