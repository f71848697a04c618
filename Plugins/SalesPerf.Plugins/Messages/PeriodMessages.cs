using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of the period rules beyond <see cref="BusinessMessages.PeriodEndBeforeStart"/> and
/// <see cref="BusinessMessages.OverlappingPeriods"/>. {0} is always the period's name (or the organisation's, for
/// the fiscal calendar); {1}, {2}, … are the domain rule's arguments in order.
/// </summary>
public static class PeriodMessages
{
    /// <summary>{0} period, {1} parent code, {2} parent start, {3} parent end.</summary>
    public static BusinessMessage OutsideParent { get; } = new(
        MessageCodes.PeriodOutsideParent,
        "Period '{0}': its dates lie outside its parent period '{1}' ({2} to {3}). Change the dates so that they fall within the parent, or choose another parent period.",
        "期间“{0}”：其日期超出了上级期间“{1}”（{2} 至 {3}）。请修改日期使其位于上级期间之内，或选择其他上级期间。");

    /// <summary>{0} period, {1} its type, {2} parent code, {3} parent type.</summary>
    public static BusinessMessage ParentTypeInvalid { get; } = new(
        MessageCodes.PeriodParentTypeInvalid,
        "Period '{0}' ({1}): its parent period '{2}' is a {3}, which is not longer than it. Choose a parent of a longer type: a month belongs to a quarter, a quarter to a half year, a half year to a year.",
        "期间“{0}”（{1}）：其上级期间“{2}”的类型为 {3}，并不比它更长。请选择更长类型的上级期间：月属于季度，季度属于半年，半年属于年。");

    /// <summary>{0} organisation name, {1} the month read from the fiscal calendar settings.</summary>
    public static BusinessMessage FiscalYearStartMonthInvalid { get; } = new(
        MessageCodes.FiscalYearStartMonthInvalid,
        "Organisation '{0}': the fiscal year start month {1} is not a month from 1 to 12. Correct the fiscal year settings of the organisation, then create the period again.",
        "组织“{0}”：财年起始月份 {1} 不在 1 到 12 之间。请更正组织的财年设置，然后重新创建期间。");

    /// <summary>{0} period, {1} the code already in use.</summary>
    public static BusinessMessage CodeNotUnique { get; } = new(
        MessageCodes.PeriodCodeNotUnique,
        "Period '{0}': the code '{1}' is already used by another period. Enter a code that no other period has.",
        "期间“{0}”：代码“{1}”已被其他期间使用。请输入其他期间未使用的代码。");

    /// <summary>{0} period, {1} fiscal year, {2} the year's start by the fiscal calendar, {3} its end.</summary>
    public static BusinessMessage YearOffFiscalCalendar { get; } = new(
        MessageCodes.YearOffFiscalCalendar,
        "Period '{0}': a year period must follow the organisation's fiscal calendar, so fiscal year {1} runs from {2} to {3}. Enter these dates, or change the fiscal year settings of the organisation.",
        "期间“{0}”：年度期间必须符合组织的财年设置，{1} 财年应为 {2} 至 {3}。请输入这些日期，或修改组织的财年设置。");

    /// <summary>{0} period, {1} fiscal year, {2} first, {3} last year allowed.</summary>
    public static BusinessMessage FiscalYearOutOfRange { get; } = new(
        MessageCodes.FiscalYearOutOfRange,
        "Period '{0}': fiscal year {1} is outside {2}–{3}, the years whose periods the calendar can represent. Enter a fiscal year between {2} and {3}.",
        "期间“{0}”：财年 {1} 超出了 {2}–{3} 的范围，日历无法表示该财年的期间。请输入 {2} 到 {3} 之间的财年。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        FiscalYearOutOfRange,
        OutsideParent,
        ParentTypeInvalid,
        FiscalYearStartMonthInvalid,
        CodeNotUnique,
        YearOffFiscalCalendar,
    };
}
