using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Tests.Messages;

public sealed class BusinessMessagesTests
{
    [Fact]
    public void All_Codes_AreUniqueAndWellFormed()
    {
        var codes = BusinessMessages.All.Select(m => m.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(@"^SPM-[A-Z]{3}-\d{3}$", code));
    }

    [Fact]
    public void All_EveryMessageCodeConstant_HasAMessage()
    {
        var constants = typeof(MessageCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Assert.Equal(constants.OrderBy(c => c, StringComparer.Ordinal), BusinessMessages.All.Select(m => m.Code));
    }

    [Fact]
    public void All_EveryMessage_HasBothLanguagesWithTheSamePlaceholders()
    {
        Assert.All(BusinessMessages.All, message =>
        {
            Assert.False(string.IsNullOrWhiteSpace(message.English));
            Assert.False(string.IsNullOrWhiteSpace(message.ChineseSimplified));
            Assert.Equal(Placeholders(message.English), Placeholders(message.ChineseSimplified));
            Assert.Contains("{0}", message.English, StringComparison.Ordinal);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message.ChineseSimplified);
        });
    }

    [Theory]
    [InlineData(MessageCodes.NegativeTargetValue)] // a target with a negative value
    [InlineData(MessageCodes.PeriodEndBeforeStart)] // a period whose end precedes its start
    [InlineData(MessageCodes.OverlappingPeriods)] // overlapping periods of the same type
    [InlineData(MessageCodes.SeasonalWeightsNotHundred)] // seasonal weights not summing to 100
    [InlineData(MessageCodes.SplitsOver100)] // deal splits over 100 % for one opportunity
    [InlineData(MessageCodes.CommissionTiersOverlap)] // overlapping tiers in a plan
    [InlineData(MessageCodes.CommissionTierInverted)] // inverted tiers in a plan
    [InlineData(MessageCodes.CommissionAssignmentOutsideEffectiveDates)] // a plan assignment outside the plan's dates
    [InlineData(MessageCodes.ComputedColumn)] // a write to a computed column
    [InlineData(MessageCodes.ReviewTransitionOutOfOrder)] // a review transition out of order
    public void Find_DomainSectionEightRule_HasAMessage(string code)
    {
        Assert.Equal(code, BusinessMessages.Find(code).Code);
    }

    [Fact]
    public void Format_English_PrefixesTheCode()
    {
        var text = BusinessMessages.PeriodEndBeforeStart.Format(LanguageCodes.English, "FY2026-Q1", "2026-03-31", "2026-01-01");

        Assert.Equal(
            "[SPM-PER-001] Period 'FY2026-Q1': the end date 2026-01-01 is before the start date 2026-03-31. Enter an end date on or after the start date.",
            text);
    }

    [Theory]
    [InlineData(1031)] // German: not spoken by SalesPerf
    [InlineData(1028)] // Traditional Chinese: not Simplified
    [InlineData(0)] // no setting
    public void Format_UnsupportedLanguage_FallsBackToEnglish(int languageId)
    {
        var text = BusinessMessages.NegativeTargetValue.Format(languageId, "T", -1);

        Assert.StartsWith("[SPM-TGT-001] Target 'T'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_DecimalArgument_UsesInvariantDigits()
    {
        var text = CommissionMessages.SplitsOver100.Format(LanguageCodes.ChineseSimplified, "Big deal", "7f3c", 112.5m);

        Assert.Equal("[SPM-SPL-001] 商机“Big deal”：交易拆分合计为 112.5%，超过了 100%。请降低拆分比例，使合计不超过 100%（其余归负责人）。", text);
    }

    [Fact]
    public void Find_UnknownCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => BusinessMessages.Find("SPM-XXX-999"));
    }

    private static string[] Placeholders(string template) =>
        Regex.Matches(template, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(v => v, StringComparer.Ordinal).ToArray();
}
