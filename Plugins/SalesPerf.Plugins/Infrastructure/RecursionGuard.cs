using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>
/// Detects a step re-entered for the same record by writes made further up the same operation: the key (plug-in type,
/// message, stage, record id) is set in the step's SharedVariables and looked up through the ParentContext chain,
/// because a child pipeline sees its caller's variables only there. Depth is left to the platform's loop limit.
/// </summary>
internal static class RecursionGuard
{
    public static string? KeyFor(StepRegistration step, IPluginExecutionContext context)
    {
        // A Create before stage 20 has no id yet, and one record cannot be created twice, so there is nothing to key on.
        if (context.PrimaryEntityId == Guid.Empty)
        {
            return null;
        }

        return string.Format(
            CultureInfo.InvariantCulture,
            "spm_Recursion|{0}|{1}|{2}|{3:D}",
            step.PluginType.FullName,
            context.MessageName,
            context.Stage,
            context.PrimaryEntityId);
    }

    public static bool IsReentry(IPluginExecutionContext context, string key)
    {
        for (var ancestor = context.ParentContext; ancestor is not null; ancestor = ancestor.ParentContext)
        {
            if (ancestor.SharedVariables is not null && ancestor.SharedVariables.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    public static void Enter(IPluginExecutionContext context, string key) => context.SharedVariables[key] = true;
}
