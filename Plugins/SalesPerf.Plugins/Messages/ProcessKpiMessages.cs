using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>Messages of the process KPIs' configuration (SPM-KPI-100…149). {0} is always the KPI's name.</summary>
public static class ProcessKpiMessages
{
    /// <summary>{0} KPI, {1} the stages.</summary>
    public static BusinessMessage SalesStageRequired { get; } = new(
        MessageCodes.KpiSalesStageRequired,
        "KPI '{0}': a Funnel Stage Conversion KPI measures one sales stage, and none is set. Enter the Sales Stage, one of: {1}.",
        "KPI“{0}”：漏斗阶段转化率 KPI 考核一个销售阶段，但未设置销售阶段。请输入销售阶段，可选值：{1}。");

    /// <summary>{0} KPI, {1} the stage entered, {2} the stages.</summary>
    public static BusinessMessage SalesStageUnknown { get; } = new(
        MessageCodes.KpiSalesStageUnknown,
        "KPI '{0}': the sales stage {1} does not exist on opportunities. Enter one of: {2}.",
        "KPI“{0}”：商机上不存在销售阶段 {1}。请输入以下值之一：{2}。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[] { SalesStageRequired, SalesStageUnknown };
}
