using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// Looks up, for each declared setup step, its message by name, the message's filter for the step's table and the
/// step's plug-in type by type name: three queries in all. The first step whose message, filter or type the
/// organisation lacks is reported; nothing is written then.
/// </summary>
internal static class SetupTargets
{
    public static SetupResolution Resolve(IOrganizationService service, IReadOnlyList<StepRegistration> steps)
    {
        var messages = SdkMessageReader.MessageIds(service, steps.Select(s => s.Message).Distinct(StringComparer.Ordinal).ToList());
        var tables = steps.Where(s => !IsAnyTable(s)).Select(s => s.PrimaryEntity).Distinct(StringComparer.Ordinal).ToList();
        var filters = SdkMessageReader.FilterIds(service, messages.Values.Distinct().ToList(), tables);
        var types = PluginTypeReader.Ids(service, steps.Select(TypeName).Distinct(StringComparer.Ordinal).ToList());

        var targets = new List<SetupTarget>();
        foreach (var step in steps)
        {
            if (!messages.TryGetValue(step.Message, out var messageId))
            {
                return new SetupResolution(targets, new SetupProblem(SetupMessages.MessageMissing, new object[] { step.Message, step.Name }));
            }

            Guid? filterId = null;
            if (!IsAnyTable(step))
            {
                if (!filters.TryGetValue(new MessageFilterKey(messageId, step.PrimaryEntity), out var filter))
                {
                    return new SetupResolution(targets, new SetupProblem(SetupMessages.FilterMissing, new object[] { step.Message, step.PrimaryEntity, step.Name }));
                }

                filterId = filter;
            }

            if (!types.TryGetValue(TypeName(step), out var typeId))
            {
                return new SetupResolution(targets, new SetupProblem(SetupMessages.PluginTypeMissing, new object[] { TypeName(step), step.Name }));
            }

            targets.Add(new SetupTarget(step, messageId, filterId, typeId));
        }

        return new SetupResolution(targets, null);
    }

    private static bool IsAnyTable(StepRegistration step) =>
        string.Equals(step.PrimaryEntity, PluginCatalog.AnyEntity, StringComparison.Ordinal);

    private static string TypeName(StepRegistration step) => step.PluginType.FullName ?? step.PluginType.Name;
}
