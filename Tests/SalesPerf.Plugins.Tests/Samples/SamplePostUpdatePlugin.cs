using System;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Samples;

/// <summary>
/// A test-only plug-in exercising the base class: it traces that it ran and throws the exception a test puts in the
/// input parameter <see cref="ThrowParameter"/>.
/// </summary>
[Step(StepId, MessageNames.Update, "account", PipelineStage.PostOperation, FilteringAttributes = new[] { "name" })]
[StepImage(StepId, ImageType.Both, ImageName, "name")]
public sealed class SamplePostUpdatePlugin : PluginBase
{
    public const string StepId = "310b1ad8-1fa2-4f75-93ae-65ef813ac49d";
    public const string ImageName = "Snapshot";
    public const string ThrowParameter = "SampleThrow";
    public const string RanTrace = "Sample step ran.";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        context.Trace(RanTrace);
        if (context.Context.InputParameters.TryGetValue(ThrowParameter, out var error) && error is Exception exception)
        {
            throw exception;
        }
    }
}
