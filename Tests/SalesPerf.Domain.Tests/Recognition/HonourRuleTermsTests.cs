using System.Linq;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Recognition;

namespace SalesPerf.Domain.Tests.Recognition;

public sealed class HonourRuleTermsTests
{
    private static string[] Codes(HonourRuleTerms terms) =>
        terms.Validate("spm_kind", "spm_periodtype", "none").Select(v => v.Code).ToArray();

    [Theory]
    [InlineData(0.01)]
    [InlineData(100)]
    [InlineData(1000)]
    public void FirstToReach_ThresholdAboveZeroUpTo1000_WithKpi_Valid(double threshold) =>
        Assert.Empty(Codes(new HonourRuleTerms(HonourKind.FirstToReach, PeriodType.Quarter, true, (decimal)threshold, null)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000.01)]
    public void FirstToReach_ThresholdNotAboveZeroOrAbove1000_Refused(double threshold) =>
        Assert.Equal(["SPM-RCG-002"], Codes(new HonourRuleTerms(HonourKind.FirstToReach, PeriodType.Quarter, true, (decimal)threshold, null)));

    [Fact]
    public void FirstToReach_NoThresholdNoKpiNoPeriodType_AllReported() =>
        Assert.Equal(
            ["SPM-RCG-001", "SPM-RCG-002", "SPM-RCG-003"],
            Codes(new HonourRuleTerms(HonourKind.FirstToReach, null, false, null, null)));

    [Theory]
    [InlineData(1, true)]
    [InlineData(50, true)]
    [InlineData(0, false)]
    [InlineData(51, false)]
    public void TopN_OneToFifty_IgnoresThresholdAndKpi(int n, bool valid) =>
        Assert.Equal(valid ? System.Array.Empty<string>() : new[] { "SPM-RCG-004" }, Codes(new HonourRuleTerms(HonourKind.TopOfLeaderboard, PeriodType.Year, false, -5m, n)));

    [Fact]
    public void NoKind_Refused() =>
        Assert.Equal(["SPM-RCG-001"], Codes(new HonourRuleTerms(null, PeriodType.Month, true, 100m, 3)));

    [Theory]
    [InlineData(null, 100, true)] // from no attainment straight to the threshold
    [InlineData(99.99, 100, true)]
    [InlineData(50.0, 150, true)]
    [InlineData(100.0, 120, false)] // already there: not a crossing
    [InlineData(120.0, 99, false)] // falling
    [InlineData(10.0, 99.99, false)]
    public void Crosses_FromBelowToAtOrAbove(double? before, double after, bool crosses) =>
        Assert.Equal(crosses, HonourCrossing.Crosses(100m, (decimal?)before, (decimal)after));

    [Fact]
    public void Reason_BothLanguages_EnglishLineThenChinese()
    {
        var reason = HonourReason.FirstToReach("First to 100 %", 100m, "FY2026 Q1", 104.5m, "Alice Q1");
        Assert.Equal("'First to 100 %': first to reach 100 % in FY2026 Q1, with 104.5 % on target 'Alice Q1'.", reason.English);
        Assert.Equal("“First to 100 %”：在 FY2026 Q1 中首位达到 100%，目标“Alice Q1”达成 104.5%。", reason.Chinese);
        Assert.Equal(reason.English + "\n" + reason.Chinese, HonourReason.Stored(reason));
    }
}
