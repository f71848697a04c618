using Microsoft.Xrm.Sdk.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>Semantics doc 3.3: case-insensitive equality and like; % and _ wildcards, [..] escapes them.</summary>
public sealed class TextOperatorTests
{
    private readonly QueryOrg org = new();

    public TextOperatorTests()
    {
        org.Rows.Add("account", ("name", "Contoso Ltd"));
        org.Rows.Add("account", ("name", "100% Growth"));
        org.Rows.Add("account", ("name", "1000 Growth"));
        org.Rows.Add("account", ("name", "a_b"));
        org.Rows.Add("account", ("name", "axb"));
    }

    [Fact]
    public void Equal_DifferentCase_Matches()
    {
        Assert.Equal(["Contoso Ltd"], org.Run(Where("account", new ConditionExpression("name", ConditionOperator.Equal, "CONTOSO ltd"))).Names());
    }

    [Fact]
    public void NotEqual_DifferentCase_TreatedAsEqual()
    {
        var result = org.Run(Where("account", new ConditionExpression("name", ConditionOperator.NotEqual, "contoso LTD")));

        Assert.DoesNotContain("Contoso Ltd", result.Names());
    }

    [Theory]
    [InlineData("cont%", new[] { "Contoso Ltd" })]
    [InlineData("%LTD", new[] { "Contoso Ltd" })]
    [InlineData("%growth", new[] { "100% Growth", "1000 Growth" })]
    [InlineData("a_b", new[] { "a_b", "axb" })] // _ is one character
    [InlineData("100[%]%", new[] { "100% Growth" })] // [%] is a literal percent
    [InlineData("a[_]b", new[] { "a_b" })] // [_] is a literal underscore
    [InlineData("[ab]_b", new[] { "a_b", "axb" })] // a character set
    public void Like_Pattern_MatchesSqlWildcardsCaseInsensitively(string pattern, string[] expected)
    {
        var result = org.Run(Where("account", new ConditionExpression("name", ConditionOperator.Like, pattern)));

        Assert.Equal(expected, result.SortedNames());
    }

    [Theory]
    [InlineData(ConditionOperator.BeginsWith, "100%", new[] { "100% Growth" })] // the value is literal, % is not a wildcard
    [InlineData(ConditionOperator.EndsWith, "LTD", new[] { "Contoso Ltd" })]
    [InlineData(ConditionOperator.Contains, "_", new[] { "a_b" })]
    [InlineData(ConditionOperator.DoesNotBeginWith, "1", new[] { "Contoso Ltd", "a_b", "axb" })]
    public void BeginsEndsContains_ValueTakenLiterally(ConditionOperator op, string value, string[] expected)
    {
        var result = org.Run(Where("account", new ConditionExpression("name", op, value)));

        Assert.Equal(expected, result.SortedNames());
    }

    [Fact]
    public void Like_InFetchXml_CaseInsensitive()
    {
        var result = org.Fetch("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter><condition attribute="name" operator="like" value="CONTOSO%" /></filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Contoso Ltd"], result.Names());
    }
}
