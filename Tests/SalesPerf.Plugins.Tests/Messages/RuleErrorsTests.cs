using System;
using System.Linq;
using System.Reflection;
using SalesPerf.Domain.Common;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Tests.Messages;

public sealed class RuleErrorsTests
{
    [Fact]
    public void RuleCodes_EveryDomainCode_HasABilingualMessage()
    {
        var codes = typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Equal(code, BusinessMessages.Find(code).Code));
    }

    [Theory]
    [InlineData(RuleCodes.PeriodOutsideParent, 3)] // parent code, start, end
    [InlineData(RuleCodes.PeriodParentTypeInvalid, 3)] // type, parent code, parent type
    [InlineData(RuleCodes.PeriodOverlap, 3)] // other code, its start, its end
    [InlineData(RuleCodes.ThresholdOutOfRange, 3)] // value, minimum, maximum
    [InlineData(RuleCodes.SeasonalWeightUnreadable, 2)] // entry, position
    [InlineData(RuleCodes.DecompositionChildrenDoNotCover, 2)] // period code, first uncovered date
    [InlineData(RuleCodes.AllocationValueNegative, 2)] // owner, value
    [InlineData(RuleCodes.AllocationEmpty, 0)] // no arguments
    public void Find_DomainCode_UsesEveryArgumentTheDomainPasses(string code, int arguments)
    {
        var message = BusinessMessages.Find(code);

        for (var i = 0; i <= arguments; i++)
        {
            Assert.Contains("{" + i + "}", message.English, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{" + (arguments + 1) + "}", message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SeveralViolations_NamesTheRecordInEachAndKeepsTheirOrder()
    {
        var text = RuleErrors.Format(
            LanguageCodes.English,
            "East Q1",
            new[] { RuleViolation.Of(RuleCodes.AllocationEmpty), RuleViolation.Of(RuleCodes.TargetValueNegative, -5m) });

        Assert.Equal(
            "[SPM-TGT-024] Target 'East Q1': the allocation lists no members. List at least one member with an amount or a percent. "
            + "[SPM-TGT-001] Target 'East Q1': the target value must not be negative (was -5). Enter a value of 0 or more.",
            text);
    }

    [Fact]
    public void Format_ChineseUser_WritesChinese()
    {
        var text = RuleErrors.Format(LanguageCodes.ChineseSimplified, "2026财年", new[] { RuleViolation.Of(RuleCodes.SeasonalWeightSumNot100, 99m) });

        Assert.Equal("[SPM-TGT-005] 目标“2026财年”：季节性权重之和必须为 100（当前为 99）。请调整权重，使其合计正好为 100。", text);
    }
}
