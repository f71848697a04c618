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
[CustomApi(ApiName, DisplayName = "Decompose Target", Description = "Creates half-year, quarter or month targets from a target, evenly or by seasonal weights.")]
[CustomApiRequestParameter(TargetParameter, CustomApiParameterType.EntityReference, LogicalEntityName = TargetColumns.EntityName,
    Description = "The target to decompose.")]
[CustomApiRequestParameter(PeriodTypeParameter, CustomApiParameterType.Integer,
    Description = "The spm_periodtype of the child periods: 100000001 half year, 100000002 quarter, 100000003 month.")]
[CustomApiRequestParameter(WeightsParameter, CustomApiParameterType.String, IsOptional = true,
    Description = "Comma-separated percentages, one per child period in date order, summing to 100; empty for an even split.")]
[CustomApiResponseProperty(CreatedProperty, CustomApiParameterType.Integer, Description = "Number of child targets created.")]
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
