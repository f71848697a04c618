using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>Messages of <c>spm_CompleteSetup</c>, the API that registers the close steps after import.</summary>
public static class SetupMessages
{
    /// <summary>{0} the caller's full name.</summary>
    public static BusinessMessage NotAdministrator { get; } = new(
        MessageCodes.SetupNotAdministrator,
        "Complete setup: user {0} is neither a System Administrator nor a SalesPerf Admin, so it cannot register SalesPerf's steps. Ask an administrator to run Complete setup.",
        "完成设置：用户 {0} 既不是系统管理员也不是 SalesPerf 管理员，不能注册 SalesPerf 的步骤。请让管理员运行“完成设置”。");

    /// <summary>{0} message name, {1} step name.</summary>
    public static BusinessMessage MessageMissing { get; } = new(
        MessageCodes.SetupMessageMissing,
        "Complete setup: this organisation has no SDK message named '{0}' (sdkmessage), which the step '{1}' needs. Install Dynamics 365 Sales, which provides the message, then run Complete setup again. Nothing was registered.",
        "完成设置：本组织没有名为“{0}”的 SDK 消息（sdkmessage），步骤“{1}”需要该消息。请先安装提供该消息的 Dynamics 365 Sales，然后再次运行“完成设置”。未注册任何步骤。");

    /// <summary>{0} message name, {1} table, {2} step name.</summary>
    public static BusinessMessage FilterMissing { get; } = new(
        MessageCodes.SetupFilterMissing,
        "Complete setup: the SDK message '{0}' has no filter for the table '{1}' (sdkmessagefilter), which the step '{2}' needs. Install Dynamics 365 Sales, which provides the table, then run Complete setup again. Nothing was registered.",
        "完成设置：SDK 消息“{0}”没有表“{1}”的筛选器（sdkmessagefilter），步骤“{2}”需要它。请先安装提供该表的 Dynamics 365 Sales，然后再次运行“完成设置”。未注册任何步骤。");

    /// <summary>{0} plug-in type name, {1} step name.</summary>
    public static BusinessMessage PluginTypeMissing { get; } = new(
        MessageCodes.SetupPluginTypeMissing,
        "Complete setup: the plug-in type '{0}' is not registered (plugintype), which the step '{1}' needs. Import the SalesPerf solution again, then run Complete setup. Nothing was registered.",
        "完成设置：插件类型“{0}”未注册（plugintype），步骤“{1}”需要它。请重新导入 SalesPerf 解决方案，然后再运行“完成设置”。未注册任何步骤。");

    /// <summary>{0} solution unique name.</summary>
    public static BusinessMessage SolutionMissing { get; } = new(
        MessageCodes.SetupSolutionMissing,
        "Complete setup: the solution '{0}' is not installed in this organisation. Import the SalesPerf solution first, then run Complete setup. Nothing was registered.",
        "完成设置：本组织未安装解决方案“{0}”。请先导入 SalesPerf 解决方案，然后再运行“完成设置”。未注册任何步骤。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        NotAdministrator, MessageMissing, FilterMissing, PluginTypeMissing, SolutionMissing,
    };
}
