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
[CustomApi(ApiName, DisplayName = "Apply KPI Set", Description = "Creates or reuses an owner's scorecard for a period with one target per KPI of a KPI set.")]
[CustomApiRequestParameter(OwnerParameter, CustomApiParameterType.EntityReference, Description = "The user or team who must achieve.")]
[CustomApiRequestParameter(PeriodParameter, CustomApiParameterType.EntityReference, LogicalEntityName = PeriodColumns.EntityName,
    Description = "The period of the scorecard.")]
[CustomApiRequestParameter(KpiSetParameter, CustomApiParameterType.EntityReference, LogicalEntityName = KpiSetColumns.EntityName,
    Description = "The KPI set (role template) to apply.")]
[CustomApiResponseProperty(ScorecardProperty, CustomApiParameterType.EntityReference, LogicalEntityName = ScorecardColumns.EntityName,
    Description = "The owner's scorecard for the period.")]
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
