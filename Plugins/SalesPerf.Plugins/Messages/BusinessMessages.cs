using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// The message table: every business rule violation SalesPerf reports, in English and Simplified Chinese.
/// Each message names the record ({0}) and the rule, and says what to do. Period and target-planning messages
/// live in <see cref="PeriodMessages"/> and <see cref="PlanningMessages"/>, payments in <see cref="PaymentMessages"/>; <see cref="All"/> holds every one.
/// </summary>
public static class BusinessMessages
{
    /// <summary>{0} target name, {1} the value entered.</summary>
    public static BusinessMessage NegativeTargetValue { get; } = new(
        MessageCodes.NegativeTargetValue,
        "Target '{0}': the target value must not be negative (was {1}). Enter a value of 0 or more.",
        "目标“{0}”：目标值不能为负数（当前为 {1}）。请输入 0 或更大的值。");

    /// <summary>{0} target name, {1} the value entered.</summary>
    public static BusinessMessage NegativeStretchValue { get; } = new(
        MessageCodes.NegativeStretchValue,
        "Target '{0}': the stretch value must not be negative (was {1}). Enter a value of 0 or more, or leave it empty.",
        "目标“{0}”：挑战值不能为负数（当前为 {1}）。请输入 0 或更大的值，或将其留空。");

    /// <summary>{0} target name, {1} column logical name.</summary>
    public static BusinessMessage ComputedTargetColumn { get; } = new(
        MessageCodes.ComputedTargetColumn,
        "Target '{0}': the column '{1}' is calculated by SalesPerf and cannot be changed. Remove it from your change; SalesPerf recalculates it automatically.",
        "目标“{0}”：列“{1}”由 SalesPerf 自动计算，不能修改。请从本次更改中移除该列，SalesPerf 会自动重新计算。");

    /// <summary>{0} target name, {1} column logical name (the actual value).</summary>
    public static BusinessMessage ActualValueNotManual { get; } = new(
        MessageCodes.ActualValueNotManual,
        "Target '{0}': the column '{1}' is calculated from the KPI's source records and can be entered only when the KPI is measured manually. Remove it from your change, or use a target whose KPI is Manual.",
        "目标“{0}”：列“{1}”根据 KPI 的来源记录计算，只有 KPI 为手工录入时才能填写。请从本次更改中移除该列，或改用 KPI 为“手工”的目标。");

    /// <summary>{0} target name, {1} the sum of the weights given.</summary>
    public static BusinessMessage SeasonalWeightsNotHundred { get; } = new(
        MessageCodes.SeasonalWeightsNotHundred,
        "Target '{0}': the seasonal weights must add up to 100 (they add up to {1}). Adjust the weights so that their sum is exactly 100.",
        "目标“{0}”：季节性权重之和必须为 100（当前为 {1}）。请调整权重，使其合计正好为 100。");

    /// <summary>{0} period name, {1} start date, {2} end date (both formatted by the caller).</summary>
    public static BusinessMessage PeriodEndBeforeStart { get; } = new(
        MessageCodes.PeriodEndBeforeStart,
        "Period '{0}': the end date {2} is before the start date {1}. Enter an end date on or after the start date.",
        "期间“{0}”：结束日期 {2} 早于开始日期 {1}。请输入不早于开始日期的结束日期。");

    /// <summary>{0} period name, {1} code of the period of the same type it overlaps, {2} its start, {3} its end.</summary>
    public static BusinessMessage OverlappingPeriods { get; } = new(
        MessageCodes.OverlappingPeriods,
        "Period '{0}': its dates overlap period '{1}' ({2} to {3}) of the same type. Change the dates so that periods of one type do not overlap.",
        "期间“{0}”：其日期与同类型的期间“{1}”（{2} 至 {3}）重叠。请修改日期，使同一类型的期间互不重叠。");

    /// <summary>{0} record name, {1} table logical name, {2} column logical name.</summary>
    public static BusinessMessage ComputedColumn { get; } = new(
        MessageCodes.ComputedColumn,
        "Record '{0}' ({1}): the column '{2}' is calculated by SalesPerf and cannot be changed. Remove it from your change; SalesPerf recalculates it automatically.",
        "记录“{0}”（{1}）：列“{2}”由 SalesPerf 自动计算，不能修改。请从本次更改中移除该列，SalesPerf 会自动重新计算。");

    /// <summary>{0} review name, {1} current status, {2} requested status.</summary>
    public static BusinessMessage ReviewTransitionOutOfOrder { get; } = new(
        MessageCodes.ReviewTransitionOutOfOrder,
        "Review '{0}': it cannot move from '{1}' to '{2}'. A review moves one step at a time: Draft, Self-assessment, Manager review, Completed, Acknowledged.",
        "考评“{0}”：不能从“{1}”变为“{2}”。考评须按顺序逐步推进：草稿、自评、经理评估、已完成、已确认。");

    /// <summary>Every message, by code.</summary>
    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        NegativeTargetValue,
        NegativeStretchValue,
        ComputedTargetColumn,
        ActualValueNotManual,
        SeasonalWeightsNotHundred,
        PeriodEndBeforeStart,
        OverlappingPeriods,
        ComputedColumn,
        ReviewTransitionOutOfOrder,
    }
        .Concat(PeriodMessages.All)
        .Concat(PlanningMessages.All)
        .Concat(ReviewMessages.All)
        .Concat(CommissionMessages.All)
        .Concat(CreditGuardMessages.All)
        .Concat(PaymentMessages.All)
        .Concat(SetupMessages.All)
        .Concat(FailureMessages.All)
        .Concat(KpiMessages.All)
        .Concat(DeleteMessages.All)
        .Concat(StatementDisputeMessages.All)
        .Concat(RecalculationMessages.All)
        .Concat(StatementSettleMessages.All)
        .Concat(ScheduleMessages.All)
        .Concat(RecognitionMessages.All)
        .Concat(ProcessKpiMessages.All)
        .Concat(SurveyKpiMessages.All)
        .Concat(OkrMessages.All)
        .Concat(FeedbackMessages.All)
        .OrderBy(message => message.Code, StringComparer.Ordinal).ToList().AsReadOnly();

    /// <exception cref="ArgumentException">No message has <paramref name="code"/>.</exception>
    public static BusinessMessage Find(string code) =>
        All.FirstOrDefault(message => string.Equals(message.Code, code, StringComparison.Ordinal))
        ?? throw new ArgumentException("No business message has the code '" + code + "'.", nameof(code));
}
