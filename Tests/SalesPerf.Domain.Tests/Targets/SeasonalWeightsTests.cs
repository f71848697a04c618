using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Targets;

public class SeasonalWeightsTests
{
    [Theory]
    [InlineData(null)] // parameter absent
    [InlineData("")] // empty
    [InlineData("   ")] // blank
    public void Parse_Blank_MeansEvenSplit(string? text)
    {
        Assert.Null(SeasonalWeights.Parse(text).Value);
    }

    [Fact]
    public void Parse_CommaSeparated_ReadsInvariantNumbers()
    {
        Assert.Equal(new[] { 10m, 20.5m, 30m, 39.5m }, SeasonalWeights.Parse("10, 20.5,30 ,39.5").Value);
    }

    [Fact]
    public void Parse_UnreadableEntries_ReportsTgt010ForEach()
    {
        var result = SeasonalWeights.Parse("10,abc,20,");

        Assert.Equal(
            new[] { RuleViolation.Of("SPM-TGT-010", "abc", 2), RuleViolation.Of("SPM-TGT-010", string.Empty, 4) },
            result.Violations);
    }

    [Fact]
    public void Validate_WrongCount_ReportsTgt011()
    {
        var violations = SeasonalWeights.Validate(new[] { 50m, 50m }, 4);

        Assert.Equal(RuleViolation.Of("SPM-TGT-011", 2, 4), Assert.Single(violations));
    }

    [Fact]
    public void Validate_NegativeWeight_ReportsTgt012()
    {
        var violations = SeasonalWeights.Validate(new[] { 110m, -10m }, 2);

        Assert.Equal(RuleViolation.Of("SPM-TGT-012", -10m, 2), Assert.Single(violations));
    }

    [Theory]
    [InlineData("25,25,25,24.99")] // 99.99
    [InlineData("25,25,25,25.01")] // 100.01
    public void Validate_SumOffByACent_ReportsTgt005(string text)
    {
        var violations = SeasonalWeights.Validate(SeasonalWeights.Parse(text).Value!, 4);

        Assert.Equal("SPM-TGT-005", violations.Single().Code);
    }
}
