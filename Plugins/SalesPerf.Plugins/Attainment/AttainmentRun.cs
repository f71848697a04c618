using System;
using System.Collections.Generic;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.Attainment;

/// <summary>How a step starts a recomputation: as SYSTEM, inside the engine-write scope, once per record and message execution.</summary>
public static class AttainmentRun
{
    private const string DoneKeyPrefix = "spm_AttainmentDone|";

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

    /// <summary>
    /// For SetState and SetStateDynamicEntity: false when this record was already recomputed in the same message
    /// execution (the emulator raises steps of both messages for one change); marks it otherwise. Always true for
    /// other messages (an Update split into ordinary and state columns must run both times, semantics doc 1.8).
    /// </summary>
    public static bool FirstTimeInExecution(LocalPluginContext context, string table, Guid id)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (context.Context.MessageName is not (Registration.MessageNames.SetState or Registration.MessageNames.SetStateDynamicEntity))
        {
            return true;
        }

        var key = DoneKeyPrefix + table + "|" + id.ToString("D");
        if (context.Context.SharedVariables.ContainsKey(key))
        {
            context.Trace("{0} {1:D} was already recomputed in this operation.", table, id);
            return false;
        }

        context.Context.SharedVariables[key] = true;
        return true;
    }
}
