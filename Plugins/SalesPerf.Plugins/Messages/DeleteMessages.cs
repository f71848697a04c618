using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of a delete refused because other rows depend on the row. {0} is the row's name, {1} what uses it, in the
/// message's language ("12 targets (e.g. 'Ana — Revenue Q1') and 3 plan assignments"; built by <c>Deletion/UsageText</c>).
/// </summary>
public static class DeleteMessages
{
    /// <summary>{0} period, {1} what uses it.</summary>
    public static BusinessMessage PeriodInUse { get; } = new(
        MessageCodes.PeriodInUse,
        "Period '{0}' cannot be deleted: it is used by {1}, whose numbers depend on it. Deactivate the period instead, or delete those first.",
        "期间“{0}”不能删除：{1}正在使用它，其数据依赖该期间。请改为停用该期间，或先删除这些记录。");

    /// <summary>{0} KPI, {1} what uses it.</summary>
    public static BusinessMessage KpiInUse { get; } = new(
        MessageCodes.KpiInUse,
        "KPI '{0}' cannot be deleted: it is used by {1}, whose numbers depend on it. Deactivate the KPI instead, or delete those first.",
        "KPI“{0}”不能删除：{1}正在使用它，其数据依赖该 KPI。请改为停用该 KPI，或先删除这些记录。");

    /// <summary>{0} plan, {1} what uses it.</summary>
    public static BusinessMessage PlanInUse { get; } = new(
        MessageCodes.PlanInUse,
        "Commission plan '{0}' cannot be deleted: it is used by {1}, whose commission depends on it. Deactivate the plan instead, or delete those first.",
        "佣金计划“{0}”不能删除：{1}正在使用它，其佣金依赖该计划。请改为停用该计划，或先删除这些记录。");

    /// <summary>{0} plan assignment, {1} what uses it.</summary>
    public static BusinessMessage AssignmentInUse { get; } = new(
        MessageCodes.AssignmentInUse,
        "Plan assignment '{0}' cannot be deleted: it is used by {1}, whose commission depends on it. Deactivate the assignment instead, or delete those first.",
        "计划分配“{0}”不能删除：{1}正在使用它，其佣金依赖该分配。请改为停用该分配，或先删除这些记录。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[] { PeriodInUse, KpiInUse, PlanInUse, AssignmentInUse };
}
