using System.Linq;
using System.Reflection;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Tests.Targets;

public class RuleCodesTests
{
    [Theory]
    [InlineData(nameof(RuleCodes.TargetValueNegative), "SPM-TGT-001")] // shared with the plugin message table
    [InlineData(nameof(RuleCodes.StretchValueNegative), "SPM-TGT-002")] // shared with the plugin message table
    [InlineData(nameof(RuleCodes.SeasonalWeightSumNot100), "SPM-TGT-005")] // shared with the plugin message table
    [InlineData(nameof(RuleCodes.PeriodEndBeforeStart), "SPM-PER-001")] // shared with the plugin message table
    [InlineData(nameof(RuleCodes.PeriodOverlap), "SPM-PER-002")] // shared with the plugin message table
    public void Code_SharedWithMessageTable_NeverChanges(string name, string code)
    {
        Assert.Equal(code, typeof(RuleCodes).GetField(name)!.GetValue(null));
    }

    [Fact]
    public void Codes_All_AreUniqueAndLeavePluginCodesFree()
    {
        var codes = typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToArray();

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.DoesNotContain("SPM-TGT-003", codes);
        Assert.DoesNotContain("SPM-TGT-004", codes);
        Assert.All(codes, c => Assert.Matches("^SPM-(TGT|PER)-[0-9]{3}$", c));
    }
}
