using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.Commission;

/// <summary>Shared facts of the commission steps.</summary>
internal static class CommissionSteps
{
    /// <summary>Commission steps run after the attainment steps (Rank 1) on the same message, so scores and quota targets are current.</summary>
    public const int Rank = 10;

    /// <summary>The row a step is about: the close activity's lookup (Win, Lose, Fulfil, Cancel), the SetState moniker, or the primary id.</summary>
    public static Guid RowId(LocalPluginContext context, string closeParameter, string closeLookup)
    {
        var input = context.Context.InputParameters;
        if (input.TryGetValue(closeParameter, out var close) && close is Entity activity)
        {
            return activity.GetAttributeValue<EntityReference>(closeLookup)?.Id ?? context.Context.PrimaryEntityId;
        }

        if (input.TryGetValue("EntityMoniker", out var moniker) && moniker is EntityReference reference)
        {
            return reference.Id;
        }

        if (input.TryGetValue("Target", out var target))
        {
            if (target is EntityReference targetReference)
            {
                return targetReference.Id;
            }

            if (target is Entity entity && entity.Id != Guid.Empty)
            {
                return entity.Id;
            }
        }

        return context.Context.PrimaryEntityId;
    }
}
