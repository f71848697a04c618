using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>Messages of the scheduled refresh of pace and projections (<c>spm_RefreshPace</c>). {0} is always the request's name.</summary>
public static class ScheduleMessages
{
    /// <summary>{0} request.</summary>
    public static BusinessMessage CursorNotPaceRefresh { get; } = new(
        MessageCodes.ScheduleCursorNotPaceRefresh,
        "Request '{0}': the cursor was returned by another request (such as spm_Recalculate), not by a refresh of pace and projections. Pass back exactly the NextCursor of the previous '{0}' call, or leave Cursor empty to start the refresh again from the beginning.",
        "请求“{0}”：该游标由其他请求（例如 spm_Recalculate）返回，而不是由进度与预测刷新返回。请原样传回上一次“{0}”调用返回的 NextCursor，或将 Cursor 留空，从头重新开始刷新。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[] { CursorNotPaceRefresh };
}
