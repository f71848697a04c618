using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.StaleNumbers;

/// <summary>
/// Marks targets and their scorecards for recalculation: one Update per row setting <c>spm_recalculationneeded</c> and
/// <c>spm_recalculationreason</c>. Callers write as SYSTEM inside the engine-write scope (both columns are engine-only).
/// The engine clears them when it next computes the row (<c>TargetFigures.ChangesTo</c>, <c>ScorecardLines.ClearsMark</c>).
/// </summary>
public static class StaleMarks
{
    /// <returns>The number of scorecards marked (every target given is marked).</returns>
    public static int Write(IOrganizationService service, IReadOnlyCollection<AffectedTarget> targets, StaleReason reason)
    {
        if (service is null || targets is null || reason is null)
        {
            throw new ArgumentNullException(service is null ? nameof(service) : targets is null ? nameof(targets) : nameof(reason));
        }

        var text = reason.Text;
        foreach (var target in targets)
        {
            service.Update(new Entity(TargetColumns.EntityName, target.Id)
            {
                [TargetColumns.RecalculationNeeded] = true,
                [TargetColumns.RecalculationReason] = text,
            });
        }

        var scorecards = targets.Where(t => t.ScorecardId.HasValue).Select(t => t.ScorecardId!.Value).Distinct().ToList();
        foreach (var scorecard in scorecards)
        {
            service.Update(new Entity(ScorecardColumns.EntityName, scorecard)
            {
                [ScorecardColumns.RecalculationNeeded] = true,
                [ScorecardColumns.RecalculationReason] = text,
            });
        }

        return scorecards.Count;
    }
}
