using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// <c>spm_RefreshPace</c>: the daily job's request. Recomputes the active targets of the periods running today (and
/// with them expected-to-date, pace status, projection, their parents and scorecards), one bounded slice per call
/// (<see cref="PaceRefreshSlice"/>), returning the cursor of the next slice until IsDone. The scheduled cloud flow
/// "SalesPerf: nightly pace refresh" calls it; the cursor rules are those of <c>spm_Recalculate</c> (SPM-RCL-001, 002,
/// 004) plus SPM-SCH-001 for a cursor of another request.
/// </summary>
[CustomApi(ApiName, DisplayName = "Refresh pace", Description = "Recomputes pace and projections of the targets of the periods running today, in slices.",
    ChineseDisplayName = "刷新进度",
    ChineseDescription = "分片重新计算今天所在周期的目标的进度与预测。",
    ExecutePrivilegeName = "prvWritespm_target")]
[CustomApiRequestParameter(RecalculateApi.CursorParameter, CustomApiParameterType.String, IsOptional = true,
    Description = "Where to continue: the NextCursor of the previous call; empty to start.",
    DisplayName = "Cursor", ChineseDisplayName = "游标",
    ChineseDescription = "从何处继续：上一次调用返回的 NextCursor；留空表示从头开始。")]
[CustomApiRequestParameter(RecalculateApi.SliceSizeParameter, CustomApiParameterType.Integer, IsOptional = true,
    Description = "Targets one call may recompute (default 200, at most 500).",
    DisplayName = "Slice size", ChineseDisplayName = "分片大小",
    ChineseDescription = "一次调用最多重新计算的目标数（默认 200，最多 500）。")]
[CustomApiResponseProperty(RecalculateApi.TargetsProperty, CustomApiParameterType.Integer, Description = "Number of targets recomputed.",
    DisplayName = "Targets", ChineseDisplayName = "目标数",
    ChineseDescription = "重新计算的目标数。")]
[CustomApiResponseProperty(RecalculateApi.NextCursorProperty, CustomApiParameterType.String, Description = "The cursor of the next call; empty when the run is finished.",
    DisplayName = "Next cursor", ChineseDisplayName = "下一游标",
    ChineseDescription = "下一次调用使用的游标；运行结束时为空。")]
[CustomApiResponseProperty(RecalculateApi.IsDoneProperty, CustomApiParameterType.Boolean, Description = "True when the whole run is finished.",
    DisplayName = "Is done", ChineseDisplayName = "已完成",
    ChineseDescription = "整个运行结束时为 true。")]
[CustomApiResponseProperty(RecalculateApi.RemainingProperty, CustomApiParameterType.Integer, Description = "Targets left to recompute (an estimate); 0 when finished.",
    DisplayName = "Remaining", ChineseDisplayName = "剩余",
    ChineseDescription = "尚待重新计算的目标数（估计值）；结束时为 0。")]
public sealed class RefreshPaceApi : PluginBase
{
    public const string ApiName = "spm_RefreshPace";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var size = context.Input<int?>(RecalculateApi.SliceSizeParameter) ?? SliceBounds.DefaultSize;
        if (size < SliceBounds.MinSize || size > SliceBounds.MaxSize)
        {
            throw context.BusinessError(RecalculationMessages.SliceSizeOutOfRange, ApiName, size, SliceBounds.MinSize, SliceBounds.MaxSize);
        }

        var outcome = Slice(context, context.Input<string>(RecalculateApi.CursorParameter), size);
        context.Output(RecalculateApi.TargetsProperty, outcome.Targets);
        context.Output(RecalculateApi.NextCursorProperty, outcome.Next?.Encode() ?? string.Empty);
        context.Output(RecalculateApi.IsDoneProperty, outcome.IsDone);
        context.Output(RecalculateApi.RemainingProperty, outcome.Remaining);
    }

    private static SliceOutcome Slice(LocalPluginContext context, string? token, int size)
    {
        try
        {
            RecalculationCursor? cursor = null;
            if (!string.IsNullOrEmpty(token))
            {
                cursor = RecalculationCursor.Read(token!);
                if (!PaceRefreshSlice.IsRefreshScope(cursor.Scope))
                {
                    throw new CursorRejectedException(ScheduleMessages.CursorNotPaceRefresh, "scope " + cursor.Scope + " is not a refresh");
                }
            }

            return PaceRefreshSlice.Run(context, cursor, size);
        }
        catch (CursorRejectedException problem)
        {
            context.Trace("Cursor refused: {0}.", problem.Message);
            throw context.BusinessError(problem.Rule, ApiName);
        }
    }
}
