using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Reviews.Tests.Support;

/// <summary>A test-only step on RetrieveMultiple that traces which user the query runs as ("UserId {guid}").</summary>
public sealed class CallerProbe : IPlugin
{
    public static StepRegistration On(string table) => new(
        Guid.NewGuid(), typeof(CallerProbe), "RetrieveMultiple", table, PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, [], [], "CallerProbe", "");

    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("UserId " + context.UserId.ToString("D"));
    }
}
