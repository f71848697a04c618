using System.Linq;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Plugins.Tests.TargetPlanning;

public sealed class AllocationJsonTests
{
    [Fact]
    public void Parse_ValuesAndPercents_KeepsTheOrderAndTheKind()
    {
        var result = AllocationJson.Parse(" [ {\"owner\": \"a\", \"value\": 60000.5}, {\"percent\": 25, \"owner\": \"b\"}, {\"owner\":\"c\",\"value\":1e3} ] ");

        Assert.True(result.IsValid);
        Assert.Equal(new[] { "a", "b", "c" }, result.Value.Select(e => e.Owner));
        Assert.Equal(60000.5m, result.Value[0].Value);
        Assert.Null(result.Value[0].Percent);
        Assert.Equal(25m, result.Value[1].Percent);
        Assert.Equal(1000m, result.Value[2].Value);
    }

    [Fact]
    public void Parse_EscapedOwner_Unescapes()
    {
        var result = AllocationJson.Parse("[{\"owner\": \"a\\u0062\\\"c\", \"value\": 1}]");

        Assert.Equal("ab\"c", result.Value.Single().Owner);
    }

    [Fact]
    public void Parse_EmptyArray_IsValidAndEmpty()
    {
        Assert.Empty(AllocationJson.Parse("[]").Value);
    }

    [Theory]
    [InlineData(null, "1", "'['")] // nothing given
    [InlineData("[{\"owner\": \"a\", \"value\": 1},]", "29", "'{'")] // trailing comma
    [InlineData("[{\"owner\": \"a\", \"value\": \"1\"}]", "26", "a number")] // a quoted number
    [InlineData("[{\"owner\": \"a\"}]", "16", "an object with \"owner\" and \"value\" or \"percent\" before '}'")] // no share
    [InlineData("[{\"owner\": \"a\", \"value\": 1}] x", "30", "the end of the text after ']'")] // text after the array
    [InlineData("[{\"owner\": \"a\", \"amount\": 1}]", "26", "each of \"owner\" and one of \"value\" or \"percent\" once (not \"amount\")")] // unknown key
    public void Parse_Malformed_ReportsPositionAndWhatWasExpected(string? json, string position, string expected)
    {
        var violation = Assert.Single(AllocationJson.Parse(json).Violations);

        Assert.Equal("SPM-TGT-030", violation.Code);
        Assert.Equal(new[] { position, expected }, violation.Arguments);
    }
}
