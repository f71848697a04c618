using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// <c>spm_Recalculate</c>: recomputes every active target of a period (and of the periods inside it) and/or an owner,
/// or every active target when both are absent, for back-fills after an import. Targets are paged 5,000 at a time with
/// paging cookies and recomputed in batches of one period and a few owners, so that each aggregate stays small. Then
/// the Open commission statements of the matching plan assignments are recomputed by the commission engine.
/// </summary>
[CustomApi(ApiName, DisplayName = "Recalculate", Description = "Recomputes targets (and their parents and scorecards) from source, by period and/or owner.",
    ChineseDisplayName = "重新计算",
    ChineseDescription = "按周期和/或负责人从源数据重新计算目标（及其上级目标和计分卡）。",
    ExecutePrivilegeName = "prvWritespm_target")]
[CustomApiRequestParameter(PeriodParameter, CustomApiParameterType.EntityReference, IsOptional = true, LogicalEntityName = PeriodColumns.EntityName,
    Description = "Only targets of this period or of periods inside it.",
    DisplayName = "Period", ChineseDisplayName = "周期",
    ChineseDescription = "仅该周期或其内部周期的目标。")]
[CustomApiRequestParameter(OwnerParameter, CustomApiParameterType.EntityReference, IsOptional = true,
    Description = "Only targets of this user or team.",
    DisplayName = "Owner", ChineseDisplayName = "负责人",
    ChineseDescription = "仅该用户或团队的目标。")]
[CustomApiResponseProperty(TargetsProperty, CustomApiParameterType.Integer, Description = "Number of targets recomputed.",
    DisplayName = "Targets", ChineseDisplayName = "目标数",
    ChineseDescription = "重新计算的目标数。")]
[CustomApiResponseProperty(StatementsProperty, CustomApiParameterType.Integer, Description = "Number of commission statements recomputed.",
    DisplayName = "Statements", ChineseDisplayName = "对账单数",
    ChineseDescription = "重新计算的佣金对账单数。")]
public sealed class RecalculateApi : PluginBase
{
    public const string ApiName = "spm_Recalculate";
    public const string PeriodParameter = "Period";
    public const string OwnerParameter = "Owner";
    public const string TargetsProperty = "Targets";
    public const string StatementsProperty = "Statements";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var period = context.Input<EntityReference>(PeriodParameter);
        var owner = context.Input<EntityReference>(OwnerParameter);
        context.Output(TargetsProperty, BulkRecalculation.Run(context, period, owner));
        context.Output(StatementsProperty, StatementRecalculation.Run(context, period, owner));
    }
}
