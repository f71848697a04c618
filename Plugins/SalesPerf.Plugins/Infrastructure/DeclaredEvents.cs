using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>The events one plug-in class declares (its steps, plus its custom API's main operation) and the matcher.</summary>
internal static class DeclaredEvents
{
    public static IReadOnlyList<StepRegistration> For(Type pluginType)
    {
        var events = PluginCatalog.ReadSteps(pluginType).ToList();
        var api = PluginCatalog.ReadCustomApi(pluginType);
        if (api is not null)
        {
            events.Add(new StepRegistration(
                Guid.Empty,
                pluginType,
                api.UniqueName,
                api.BindingType == CustomApiBindingType.Global ? PluginCatalog.AnyEntity : api.BoundEntityLogicalName,
                PipelineStage.MainOperation,
                ExecutionMode.Synchronous,
                1,
                Array.AsReadOnly(Array.Empty<string>()),
                Array.AsReadOnly(Array.Empty<ImageRegistration>()),
                pluginType.FullName + ": " + api.UniqueName + " main operation",
                api.Description));
        }

        return events.AsReadOnly();
    }

    /// <summary>The declared event for the context's message, table, stage and mode, or null.</summary>
    public static StepRegistration? Match(IReadOnlyList<StepRegistration> events, IPluginExecutionContext context) =>
        events.FirstOrDefault(step =>
            string.Equals(step.Message, context.MessageName, StringComparison.Ordinal)
            && (string.Equals(step.PrimaryEntity, PluginCatalog.AnyEntity, StringComparison.Ordinal)
                || string.Equals(step.PrimaryEntity, context.PrimaryEntityName, StringComparison.OrdinalIgnoreCase))
            && (int)step.Stage == context.Stage
            && (int)step.Mode == context.Mode);
}
