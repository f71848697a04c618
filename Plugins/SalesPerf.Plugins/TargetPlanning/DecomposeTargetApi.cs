using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// <c>spm_DecomposeTarget</c>: spreads a target over the stored child periods of one type (evenly, or by seasonal
/// weights summing to 100), creating a child target per period for the same owner and KPI. Running it again re-splits:
/// existing children in those periods get the new values, and only missing ones are created (and counted).
/// </summary>
[CustomApi(ApiName, DisplayName = "Decompose Target", Description = "Creates half-year, quarter or month targets from a target, evenly or by seasonal weights.",
    ChineseDisplayName = "分解目标",
    ChineseDescription = "将目标平均或按季节权重分解为半年、季度或月度目标。",
    ExecutePrivilegeName = "prvCreatespm_target")]
[CustomApiRequestParameter(TargetParameter, CustomApiParameterType.EntityReference, LogicalEntityName = TargetColumns.EntityName,
    Description = "The target to decompose.",
    DisplayName = "Target", ChineseDisplayName = "目标",
    ChineseDescription = "要分解的目标。")]
[CustomApiRequestParameter(PeriodTypeParameter, CustomApiParameterType.Integer,
    Description = "The spm_periodtype of the child periods: 100000001 half year, 100000002 quarter, 100000003 month.",
    DisplayName = "Period Type", ChineseDisplayName = "周期类型",
    ChineseDescription = "下级周期的 spm_periodtype：100000001 半年，100000002 季度，100000003 月。")]
[CustomApiRequestParameter(WeightsParameter, CustomApiParameterType.String, IsOptional = true,
    Description = "Comma-separated percentages, one per child period in date order, summing to 100; empty for an even split.",
    DisplayName = "Weights", ChineseDisplayName = "权重",
    ChineseDescription = "逗号分隔的百分比，按日期顺序每个下级周期一个，合计为 100；留空则平均分解。")]
[CustomApiResponseProperty(CreatedProperty, CustomApiParameterType.Integer, Description = "Number of child targets created.",
    DisplayName = "Created", ChineseDisplayName = "已创建",
    ChineseDescription = "创建的下级目标数。")]
public sealed class DecomposeTargetApi : PluginBase
{
    public const string ApiName = "spm_DecomposeTarget";
    public const string TargetParameter = "Target";
    public const string PeriodTypeParameter = "PeriodType";
    public const string WeightsParameter = "Weights";
    public const string CreatedProperty = "Created";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.Input<EntityReference>(TargetParameter)
            ?? throw new InvalidOperationException("The platform passes the required parameter 'Target'; it is missing.");
        var created = TargetDecomposer.Decompose(
            context, target.Id, context.Input<int?>(PeriodTypeParameter) ?? 0, context.Input<string>(WeightsParameter));
        context.Output(CreatedProperty, created);
    }
}
