using System.Linq;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// <c>spm_GetSetupStatus</c>: whether <c>spm_CompleteSetup</c> has registered every setup step, read as SYSTEM from the
/// step rows by their fixed ids (one query). Any user may ask: the answer names steps, not data.
/// </summary>
[CustomApi(UniqueName, IsFunction = true, DisplayName = "Get setup status",
    Description = "Whether Complete setup has registered every step SalesPerf needs, and which are missing.",
    ChineseDisplayName = "获取设置状态",
    ChineseDescription = "“完成设置”是否已注册 SalesPerf 所需的全部步骤，以及缺少哪些步骤。")]
[CustomApiResponseProperty(IsCompleteProperty, CustomApiParameterType.Boolean, Description = "True when every setup step is registered.",
    DisplayName = "Is complete", ChineseDisplayName = "已完成",
    ChineseDescription = "所有设置步骤均已注册时为 True。")]
[CustomApiResponseProperty(MissingProperty, CustomApiParameterType.String, Description = "The names of the setup steps not registered, one per line.",
    DisplayName = "Missing", ChineseDisplayName = "缺少",
    ChineseDescription = "尚未注册的设置步骤名称，每行一个。")]
public sealed class GetSetupStatusPlugin : PluginBase
{
    public const string UniqueName = "spm_GetSetupStatus";
    public const string IsCompleteProperty = "IsComplete";
    public const string MissingProperty = "Missing";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var steps = SetupSteps.AtSetup(PluginCatalog.ReadSteps(typeof(GetSetupStatusPlugin).Assembly));
        var existing = StepRowReader.Steps(context.SystemService, steps.Select(s => s.Id).ToList());
        var missing = steps.Where(s => !existing.ContainsKey(s.Id)).Select(s => s.Name).ToList();
        context.Trace("{0} of {1} setup step(s) registered.", steps.Count - missing.Count, steps.Count);
        context.Output(IsCompleteProperty, missing.Count == 0);
        context.Output(MissingProperty, string.Join("\n", missing));
    }
}
