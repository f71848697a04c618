using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Deletion;

/// <summary>
/// What uses a row, as the {1} of a <see cref="DeleteMessages"/> message in one language: "12 targets (e.g. 'Ana —
/// Revenue Q1'), 3 plan assignments and 2 commission statements" / "12 个目标（如“Ana — Revenue Q1”）、3 个计划分配和 2 个佣金对账单".
/// </summary>
public static class UsageText
{
    public static string Format(int languageId, IReadOnlyList<DependentUsage> usages)
    {
        if (usages is null || usages.Count == 0)
        {
            throw new ArgumentException("Usage text needs at least one kind in use.", nameof(usages));
        }

        var chinese = languageId == LanguageCodes.ChineseSimplified;
        var parts = usages.Select(usage => chinese ? Chinese(usage) : English(usage)).ToList();
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var last = parts[parts.Count - 1];
        var and = !chinese ? " and " : char.IsDigit(last[0]) ? "和 " : "和";
        return string.Join(chinese ? "、" : ", ", parts.Take(parts.Count - 1)) + and + last;
    }

    private static string English(DependentUsage usage)
    {
        var count = (usage.AtLeast ? "at least " : "") + usage.Count.ToString("N0", CultureInfo.InvariantCulture);
        var noun = usage.Count == 1 && !usage.AtLeast ? usage.Kind.EnglishOne : usage.Kind.EnglishMany;
        var example = usage.Example is null ? "" : " (e.g. '" + usage.Example + "')";
        return count + " " + noun + example;
    }

    private static string Chinese(DependentUsage usage)
    {
        var count = (usage.AtLeast ? "至少 " : "") + usage.Count.ToString("N0", CultureInfo.InvariantCulture);
        var example = usage.Example is null ? "" : "（如“" + usage.Example + "”）";
        var noun = usage.Kind.Chinese;
        var spaced = noun.Length > 0 && noun[0] < 128 ? " " + noun : noun;
        return count + " 个" + spaced + example;
    }
}
