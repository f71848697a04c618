using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// Recognises an Update that the platform raises inside another message for the same row (Win, Lose, Assign, SetState,
/// FulfillSalesOrder ... apply their change as an internal Update, semantics doc 1.8 / 8.4). Whether the platform does
/// so is not verified, so SalesPerf registers on the dedicated message and lets the nested Update step stand aside:
/// each change is recomputed exactly once either way. When the package cannot carry the close message's step, the
/// nested step does its work instead (<see cref="CloseStandIn"/>).
/// </summary>
public static class PlatformNesting
{
    public static bool IsInside(IPluginExecutionContext context, string primaryEntity, params string[] messages) =>
        Enclosing(context, primaryEntity, messages) is not null;

    /// <summary>The nearest ancestor context of one of <paramref name="messages"/> for the same row, or null.</summary>
    public static IPluginExecutionContext? Enclosing(IPluginExecutionContext context, string primaryEntity, params string[] messages)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        for (var ancestor = context.ParentContext; ancestor is not null; ancestor = ancestor.ParentContext)
        {
            if (messages.Contains(ancestor.MessageName, StringComparer.Ordinal)
                && string.Equals(ancestor.PrimaryEntityName, primaryEntity, StringComparison.OrdinalIgnoreCase)
                && (ancestor.PrimaryEntityId == Guid.Empty || ancestor.PrimaryEntityId == context.PrimaryEntityId))
            {
                return ancestor;
            }
        }

        return null;
    }
}
