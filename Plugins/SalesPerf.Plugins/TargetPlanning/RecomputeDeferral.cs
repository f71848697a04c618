using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// Lets an operation that writes many targets of one family (a target and its children, or a scorecard's targets)
/// recompute them once at the end
/// instead of once per write: it marks its own context with the family's target id for the span of its writes, and
/// the target-change step of each nested write finds the mark through the ParentContext chain and stands aside.
/// </summary>
public static class RecomputeDeferral
{
    public const string SharedVariableKey = "spm_RecomputeLater";

    public static IDisposable Begin(IPluginExecutionContext context, Guid familyId)
    {
        context.SharedVariables[SharedVariableKey] = familyId.ToString("D");
        return new Scope(context.SharedVariables);
    }

    public static bool IsDeferred(IPluginExecutionContext context, Guid familyId)
    {
        var id = familyId.ToString("D");
        for (var ancestor = context.ParentContext; ancestor is not null; ancestor = ancestor.ParentContext)
        {
            if (ancestor.SharedVariables is not null
                && ancestor.SharedVariables.TryGetValue(SharedVariableKey, out var marker)
                && string.Equals(marker as string, id, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Scope(ParameterCollection sharedVariables) : IDisposable
    {
        public void Dispose() => sharedVariables.Remove(SharedVariableKey);
    }
}
