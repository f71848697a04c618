using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// <c>spm_Recalculate</c>: recomputes the active targets of a period (and of the periods inside it) and/or an owner, or
/// every active target when both are absent, then the Open commission statements of the matching plan assignments, then
/// the ranks of the periods' scorecards — in slices. One call does one bounded slice (<see cref="RecalculationSlice"/>,
/// <see cref="SliceBounds"/>) and returns the cursor of the next; callers pass it back until IsDone is true. A run of
/// slices gives the rows one unbounded recalculation would, and an interrupted run resumes from its last cursor.
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
[CustomApiRequestParameter(CursorParameter, CustomApiParameterType.String, IsOptional = true,
    Description = "Where to continue: the NextCursor of the previous call; empty to start.",
    DisplayName = "Cursor", ChineseDisplayName = "游标",
    ChineseDescription = "从何处继续：上一次调用返回的 NextCursor；留空表示从头开始。")]
[CustomApiRequestParameter(SliceSizeParameter, CustomApiParameterType.Integer, IsOptional = true,
    Description = "Rows one call may recompute (default 200, at most 500).",
    DisplayName = "Slice size", ChineseDisplayName = "分片大小",
    ChineseDescription = "一次调用最多重新计算的行数（默认 200，最多 500）。")]
[CustomApiResponseProperty(TargetsProperty, CustomApiParameterType.Integer, Description = "Number of targets recomputed.",
    DisplayName = "Targets", ChineseDisplayName = "目标数",
    ChineseDescription = "重新计算的目标数。")]
[CustomApiResponseProperty(StatementsProperty, CustomApiParameterType.Integer, Description = "Number of commission statements recomputed.",
    DisplayName = "Statements", ChineseDisplayName = "对账单数",
    ChineseDescription = "重新计算的佣金对账单数。")]
[CustomApiResponseProperty(NextCursorProperty, CustomApiParameterType.String, Description = "The cursor of the next call; empty when the run is finished.",
    DisplayName = "Next cursor", ChineseDisplayName = "下一游标",
    ChineseDescription = "下一次调用使用的游标；运行结束时为空。")]
[CustomApiResponseProperty(IsDoneProperty, CustomApiParameterType.Boolean, Description = "True when the whole run is finished.",
    DisplayName = "Is done", ChineseDisplayName = "已完成",
    ChineseDescription = "整个运行结束时为 true。")]
[CustomApiResponseProperty(RemainingProperty, CustomApiParameterType.Integer, Description = "Rows left to recompute (an estimate); 0 when finished.",
    DisplayName = "Remaining", ChineseDisplayName = "剩余",
    ChineseDescription = "尚待重新计算的行数（估计值）；结束时为 0。")]
public sealed class RecalculateApi : PluginBase
{
    public const string ApiName = "spm_Recalculate";
    public const string PeriodParameter = "Period";
    public const string OwnerParameter = "Owner";
    public const string TargetsProperty = "Targets";
    public const string StatementsProperty = "Statements";
    public const string CursorParameter = "Cursor";
    public const string SliceSizeParameter = "SliceSize";
    public const string NextCursorProperty = "NextCursor";
    public const string IsDoneProperty = "IsDone";
    public const string RemainingProperty = "Remaining";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var period = context.Input<EntityReference>(PeriodParameter);
        var owner = context.Input<EntityReference>(OwnerParameter);
        var size = context.Input<int?>(SliceSizeParameter) ?? SliceBounds.DefaultSize;
        if (size < SliceBounds.MinSize || size > SliceBounds.MaxSize)
        {
            throw context.BusinessError(RecalculationMessages.SliceSizeOutOfRange, ApiName, size, SliceBounds.MinSize, SliceBounds.MaxSize);
        }

        var outcome = Slice(context, period, owner, context.Input<string>(CursorParameter), size);
        context.Output(TargetsProperty, outcome.Targets);
        context.Output(StatementsProperty, outcome.Statements);
        context.Output(NextCursorProperty, outcome.Next?.Encode() ?? string.Empty);
        context.Output(IsDoneProperty, outcome.IsDone);
        context.Output(RemainingProperty, outcome.Remaining);
    }

    private static SliceOutcome Slice(LocalPluginContext context, EntityReference? period, EntityReference? owner, string? token, int size)
    {
        try
        {
            var cursor = string.IsNullOrEmpty(token) ? null : RecalculationCursor.Decode(token!, RecalculationCursor.ScopeOf(period?.Id, owner?.Id));
            return RecalculationSlice.Run(context, period, owner, cursor, size);
        }
        catch (CursorRejectedException problem)
        {
            context.Trace("Cursor refused: {0}.", problem.Message);
            throw context.BusinessError(problem.Rule, ApiName);
        }
    }
}
