using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>Messages of the sliced recalculation (<c>spm_Recalculate</c>). {0} is always the request's name.</summary>
public static class RecalculationMessages
{
    /// <summary>{0} request, {1} slice size given, {2} minimum, {3} maximum.</summary>
    public static BusinessMessage SliceSizeOutOfRange { get; } = new(
        MessageCodes.RecalculationSliceSizeOutOfRange,
        "Request '{0}': the slice size {1} is outside {2}–{3} rows. Leave SliceSize empty for the default, or give a value between {2} and {3}; the run continues in further calls until IsDone is true.",
        "请求“{0}”：分片大小 {1} 超出了 {2}–{3} 行的范围。请将 SliceSize 留空以使用默认值，或输入 {2} 到 {3} 之间的值；重新计算会在后续调用中继续，直到 IsDone 为 true。");

    /// <summary>{0} request.</summary>
    public static BusinessMessage CursorChanged { get; } = new(
        MessageCodes.RecalculationCursorChanged,
        "Request '{0}': the cursor was changed, cut or written by another version of SalesPerf, so it cannot say where to continue. Pass back exactly the NextCursor of the previous call, or leave Cursor empty to start the recalculation again from the beginning.",
        "请求“{0}”：游标已被修改、截断或由其他版本的 SalesPerf 生成，无法据此继续。请原样传回上一次调用返回的 NextCursor，或将 Cursor 留空，从头重新开始重新计算。");

    /// <summary>{0} request.</summary>
    public static BusinessMessage CursorOfAnotherRequest { get; } = new(
        MessageCodes.RecalculationCursorOfAnotherRequest,
        "Request '{0}': the cursor belongs to a recalculation of another period or owner. Send it with the same Period and Owner as the call that returned it, or leave Cursor empty to start this recalculation from the beginning.",
        "请求“{0}”：该游标属于另一个周期或负责人的重新计算。请使用与返回该游标的调用相同的周期和负责人发送，或将 Cursor 留空，从头开始本次重新计算。");

    /// <summary>{0} request.</summary>
    public static BusinessMessage CursorPeriodGone { get; } = new(
        MessageCodes.RecalculationCursorPeriodGone,
        "Request '{0}': the period the cursor stopped in was deleted or moved out of the requested period since the previous call. Leave Cursor empty to start the recalculation again from the beginning.",
        "请求“{0}”：自上一次调用以来，游标停留的周期已被删除或已移出所请求的周期。请将 Cursor 留空，从头重新开始重新计算。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[] { SliceSizeOutOfRange, CursorChanged, CursorOfAnotherRequest, CursorPeriodGone };
}
