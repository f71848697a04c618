using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Targets;

public class TargetTermsTests
{
    [Fact]
    public void Create_Defaults_ThresholdZeroCap150()
    {
        var terms = TargetTerms.Create(100000m).Value;

        Assert.Equal(0m, terms.ThresholdPercent);
        Assert.Equal(150m, terms.ScoreCap);
    }

    [Fact]
    public void Create_NegativeTarget_ReportsTgt001WithTheValue()
    {
        var result = TargetTerms.Create(-5m);

        Assert.Equal(RuleViolation.Of("SPM-TGT-001", -5m), Assert.Single(result.Violations));
    }

    public static TheoryData<decimal, decimal?, decimal, decimal, decimal, KpiDirection, string> Rows => new()
    {
        { 100m, -1m, 0m, 150m, 10m, KpiDirection.HigherIsBetter, "SPM-TGT-002" }, // negative stretch
        { 100m, 90m, 0m, 150m, 10m, KpiDirection.HigherIsBetter, "SPM-TGT-006" }, // stretch below target when higher is better
        { 60m, 70m, 0m, 150m, 10m, KpiDirection.LowerIsBetter, "SPM-TGT-006" }, // stretch above target when lower is better
        { 100m, null, -1m, 150m, 10m, KpiDirection.HigherIsBetter, "SPM-TGT-007" }, // threshold below 0
        { 100m, null, 100.01m, 150m, 10m, KpiDirection.HigherIsBetter, "SPM-TGT-007" }, // threshold above 100
        { 100m, null, 0m, 99.99m, 10m, KpiDirection.HigherIsBetter, "SPM-TGT-008" }, // cap below 100
        { 100m, null, 0m, 1000.01m, 10m, KpiDirection.HigherIsBetter, "SPM-TGT-008" }, // cap above 1000
        { 100m, null, 0m, 150m, -0.01m, KpiDirection.HigherIsBetter, "SPM-TGT-009" }, // negative weight
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Create_BrokenRule_ReportsItsCode(
        decimal target, decimal? stretch, decimal threshold, decimal cap, decimal weight, KpiDirection direction, string code)
    {
        var result = TargetTerms.Create(target, stretch, threshold, cap, weight, direction);

        Assert.Equal(code, Assert.Single(result.Violations).Code);
    }

    [Fact]
    public void Create_ManyBrokenRules_ReportsAllOfThem()
    {
        var result = TargetTerms.Create(-1m, -1m, -1m, 0m, -1m);

        Assert.Equal(new[] { "SPM-TGT-001", "SPM-TGT-002", "SPM-TGT-007", "SPM-TGT-008", "SPM-TGT-009" }, result.Violations.Select(v => v.Code).ToArray());
    }

    [Theory]
    [InlineData(0, 0, 100, 0)] // zeros and the lowest cap
    [InlineData(100, 100, 1000, 100)] // stretch equal to target, highest cap, threshold 100
    public void Create_BoundaryValues_AreValid(int target, int threshold, int cap, int weight)
    {
        Assert.True(TargetTerms.Create(target, target, threshold, cap, weight).IsValid);
    }

    [Fact]
    public void Create_LowerIsBetterStretchBelowTarget_IsValid()
    {
        Assert.True(TargetTerms.Create(60m, 45m, direction: KpiDirection.LowerIsBetter).IsValid);
    }
}
