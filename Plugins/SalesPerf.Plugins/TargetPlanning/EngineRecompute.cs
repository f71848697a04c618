using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// The one way planning code recomputes targets: the attainment engine's <see cref="AttainmentRecalculator"/>, which
/// recomputes the targets' own figures, rolls up and reconciles the given parents (allocated = Σ children's target
/// values, variance = target − allocated) and re-weights the scorecards, writing only what changed, as engine writes
/// through the SYSTEM service. Planning never computes allocation itself, so there is one formula and one write.
/// </summary>
internal static class EngineRecompute
{
    public static RecalculationResult Targets(
        LocalPluginContext context, IEnumerable<Guid> targetIds, IEnumerable<Guid> parentIds, IEnumerable<Guid> scorecardIds)
    {
        var targets = targetIds.Where(id => id != Guid.Empty).Distinct().ToList();
        var parents = parentIds.Where(id => id != Guid.Empty).Distinct().ToList();
        var scorecards = scorecardIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (targets.Count == 0 && parents.Count == 0 && scorecards.Count == 0)
        {
            return RecalculationResult.Nothing;
        }

        using (context.BeginEngineWrites())
        {
            var result = AttainmentRun.Recalculator(context).ForTargets(targets, parents, scorecards);
            context.Trace(
                "Recomputed {0} targets ({1} written, {2} scorecards written) for {3} parents.",
                result.TargetsRecomputed, result.TargetsWritten, result.ScorecardsWritten, parents.Count);
            return result;
        }
    }
}
