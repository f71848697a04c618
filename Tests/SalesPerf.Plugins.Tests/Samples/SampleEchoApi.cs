using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Samples;

/// <summary>A test-only custom API: echoes its Text parameter.</summary>
[CustomApi(UniqueName, IsFunction = true, DisplayName = "Sample echo", Description = "Echoes the text.")]
[CustomApiRequestParameter("Text", CustomApiParameterType.String, IsOptional = true, Description = "The text to echo.")]
[CustomApiRequestParameter("Target", CustomApiParameterType.EntityReference, LogicalEntityName = "account")]
[CustomApiResponseProperty("Echo", CustomApiParameterType.String, Description = "The text.")]
public sealed class SampleEchoApi : PluginBase
{
    public const string UniqueName = "spm_SampleEcho";

    protected override void ExecuteStep(LocalPluginContext context) =>
        context.Context.OutputParameters["Echo"] = context.Context.InputParameters["Text"];
}
