using System;
using System.Collections.Generic;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.Attainment;

/// <summary>How a step starts a recomputation: as SYSTEM, inside the engine-write scope.</summary>
public static class AttainmentRun
{
    public static RecalculationResult ForOwners(LocalPluginContext context, IEnumerable<OwnerDates> owners)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        using (context.BeginEngineWrites())
        {
            var result = Recalculator(context).ForOwners(owners);
            context.Trace("Recomputed {0} target(s); wrote {1} target(s) and {2} scorecard(s).", result.TargetsRecomputed, result.TargetsWritten, result.ScorecardsWritten);
            return result;
        }
    }

    public static AttainmentRecalculator Recalculator(LocalPluginContext context) =>
        new((context ?? throw new ArgumentNullException(nameof(context))).SystemService, context.Clock.UtcNow, m => context.Trace("{0}", m));
}
