using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>The message of a failure no business rule foresaw: what the user sees instead of the raw exception.</summary>
public static class FailureMessages
{
    /// <summary>{0} the step, {1} the record (its name, else its table), {2} the correlation id.</summary>
    public static BusinessMessage Unexpected { get; } = new(
        MessageCodes.UnexpectedFailure,
        "SalesPerf could not complete '{0}' for {1} because of an unexpected error; nothing was saved. Try again; if it happens again, give your administrator the correlation id {2}, which finds the details in the plug-in trace log.",
        "SalesPerf 在处理 {1} 的“{0}”时遇到意外错误，未能完成，所有更改均未保存。请重试；如果再次出现，请将关联 ID {2} 提供给管理员，管理员可据此在插件跟踪日志中查到详细信息。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[] { Unexpected };
}
