using System;
using System.Runtime.ExceptionServices;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>Executes one step with its context, tracing and service factory, and records it in the step log.</summary>
internal static class StepRunner
{
    public static void Run(ExecutionPipeline pipeline, RegisteredStep step, PluginExecutionContext context) =>
        Run(pipeline, step.PluginTypeName, () => step.Plugin, context);

    public static void Run(ExecutionPipeline pipeline, string pluginType, Func<Microsoft.Xrm.Sdk.IPlugin> plugin, PluginExecutionContext context)
    {
        var tracing = new StepTracingService();
        var provider = new PluginServiceProvider(context, tracing, new PluginServiceFactory(pipeline, context));
        var slot = pipeline.Log.Reserve(Entry(pluginType, context, tracing, StepOutcome.Succeeded, null));
        try
        {
            plugin().Execute(provider);
        }
        catch (Exception exception)
        {
            pipeline.Log.Complete(slot, Entry(pluginType, context, tracing, StepOutcome.Failed, exception.Message));
            var translated = PluginExceptions.Translate(exception, pluginType, tracing.Lines);
            if (ReferenceEquals(translated, exception))
            {
                ExceptionDispatchInfo.Capture(exception).Throw();
            }

            throw translated;
        }

        pipeline.Log.Complete(slot, Entry(pluginType, context, tracing, StepOutcome.Succeeded, null));
    }

    private static StepLogEntry Entry(string pluginType, PluginExecutionContext context, StepTracingService tracing, StepOutcome outcome, string? error) =>
        new(pluginType, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, context.Stage, context.Depth, context.Mode,
            context.CorrelationId, [.. tracing.Lines], outcome, error);
}
