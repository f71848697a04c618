using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// <c>spm_AllocateTarget</c>: shares a team target among members by amount or percent, creating a member target per
/// entry (same KPI and period, parent = the team target) and switching the team target's actual to the roll-up of its
/// children. Running it again re-allocates: existing member targets get the new values; only new members are created.
/// </summary>
[CustomApi(ApiName, DisplayName = "Allocate Target", Description = "Creates member targets from a team target, by amount or percent.",
    ChineseDisplayName = "分配目标",
    ChineseDescription = "按金额或百分比从团队目标创建成员目标。",
    ExecutePrivilegeName = "prvCreatespm_target")]
[CustomApiRequestParameter(TargetParameter, CustomApiParameterType.EntityReference, LogicalEntityName = TargetColumns.EntityName,
    Description = "The team target to allocate.",
    DisplayName = "Target", ChineseDisplayName = "目标",
    ChineseDescription = "要分配的团队目标。")]
[CustomApiRequestParameter(AllocationsParameter, CustomApiParameterType.String,
    Description = "JSON array of {\"owner\": \"<systemuser or team id>\", \"value\": n} or {\"owner\": ..., \"percent\": n}.",
    DisplayName = "Allocations", ChineseDisplayName = "分配明细",
    ChineseDescription = "JSON 数组，元素为 {\"owner\": \"<systemuser 或 team 的 id>\", \"value\": n} 或 {\"owner\": ..., \"percent\": n}。")]
[CustomApiResponseProperty(CreatedProperty, CustomApiParameterType.Integer, Description = "Number of member targets created.",
    DisplayName = "Created", ChineseDisplayName = "已创建",
    ChineseDescription = "创建的成员目标数。")]
public sealed class AllocateTargetApi : PluginBase
{
    public const string ApiName = "spm_AllocateTarget";
    public const string TargetParameter = "Target";
    public const string AllocationsParameter = "Allocations";
    public const string CreatedProperty = "Created";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.Input<EntityReference>(TargetParameter)
            ?? throw new InvalidOperationException("The platform passes the required parameter 'Target'; it is missing.");
        context.Output(CreatedProperty, TargetAllocator.Allocate(context, target.Id, context.Input<string>(AllocationsParameter)));
    }
}
