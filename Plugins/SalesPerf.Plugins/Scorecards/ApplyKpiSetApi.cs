using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Scorecards;

/// <summary>
/// <c>spm_ApplyKpiSet</c>: gives an owner (user or team) the scorecard of a period with one target per item of a KPI set
/// (weight, cap and threshold from the item). Idempotent: the owner's scorecard for the period and its targets for the
/// set's KPIs are reused and re-linked, never duplicated. New targets start at a target value of 0, which gives no
/// attainment and no score; the manager sets the values afterwards (or decomposes and allocates a parent target).
/// </summary>
[CustomApi(ApiName, DisplayName = "Apply KPI Set", Description = "Creates or reuses an owner's scorecard for a period with one target per KPI of a KPI set.",
    ChineseDisplayName = "应用 KPI 集",
    ChineseDescription = "为负责人在某周期创建或复用计分卡，KPI 集中的每个 KPI 对应一个目标。",
    ExecutePrivilegeName = "prvCreatespm_target")]
[CustomApiRequestParameter(OwnerParameter, CustomApiParameterType.EntityReference, Description = "The user or team who must achieve.",
    DisplayName = "Owner", ChineseDisplayName = "负责人",
    ChineseDescription = "须完成目标的用户或团队。")]
[CustomApiRequestParameter(PeriodParameter, CustomApiParameterType.EntityReference, LogicalEntityName = PeriodColumns.EntityName,
    Description = "The period of the scorecard.",
    DisplayName = "Period", ChineseDisplayName = "周期",
    ChineseDescription = "计分卡的周期。")]
[CustomApiRequestParameter(KpiSetParameter, CustomApiParameterType.EntityReference, LogicalEntityName = KpiSetColumns.EntityName,
    Description = "The KPI set (role template) to apply.",
    DisplayName = "KPI Set", ChineseDisplayName = "KPI 集",
    ChineseDescription = "要应用的 KPI 集（角色模板）。")]
[CustomApiResponseProperty(ScorecardProperty, CustomApiParameterType.EntityReference, LogicalEntityName = ScorecardColumns.EntityName,
    Description = "The owner's scorecard for the period.",
    DisplayName = "Scorecard", ChineseDisplayName = "计分卡",
    ChineseDescription = "负责人在该周期的计分卡。")]
public sealed class ApplyKpiSetApi : PluginBase
{
    public const string ApiName = "spm_ApplyKpiSet";
    public const string OwnerParameter = "Owner";
    public const string PeriodParameter = "Period";
    public const string KpiSetParameter = "KpiSet";
    public const string ScorecardProperty = "Scorecard";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var owner = context.Input<EntityReference>(OwnerParameter);
        var period = context.Input<EntityReference>(PeriodParameter);
        var kpiSet = context.Input<EntityReference>(KpiSetParameter);
        if (owner is null || period is null || kpiSet is null)
        {
            throw new InvalidOperationException("The platform passes the required parameters 'Owner', 'Period' and 'KpiSet'; one is missing.");
        }

        context.Output(ScorecardProperty, KpiSetApplication.Apply(context, owner, period, kpiSet));
    }
}
