using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.DataAccess.Fetch;
using SalesPerf.Plugins.DataAccess.Rows;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// The target stage of one slice: reads one page of a period's active targets ordered by owner (the engine's own
/// target query, so the rows are recomputed as read, never read again by id) and hands them to the engine in
/// batches of at most <see cref="OwnersPerBatch"/> owners, so that each aggregate covers one period and a handful
/// of owners, never the whole organisation.
/// </summary>
internal static class BulkRecalculation
{
    /// <summary>Owners per engine call: keeps one aggregate's source rows well below the platform's 50,000.</summary>
    public const int OwnersPerBatch = 20;

    public static SlicePage Run(LocalPluginContext context, Guid periodId, EntityReference? owner, int size, int page, string? cookie)
    {
        var fetch = Paging.Page(TargetFetch.ForPeriod(periodId, owner?.Id), size, page, cookie);
        var result = context.SystemService.RetrieveMultiple(new FetchExpression(fetch));
        var rows = result.Entities.Select(TargetReader.Map).ToList();
        var recalculator = AttainmentRun.Recalculator(context);
        var recomputed = 0;
        using (context.BeginEngineWrites())
        {
            foreach (var batch in Batches(rows))
            {
                recomputed += recalculator.Recompute(batch, Array.Empty<Guid>(), Array.Empty<Guid>()).TargetsRecomputed;
            }
        }

        context.Trace("Recalculated {0} targets of page {1} of period {2:D}.", recomputed, page, periodId);
        return new SlicePage(recomputed, result.MoreRecords, result.PagingCookie);
    }

    private static IEnumerable<List<TargetRow>> Batches(IReadOnlyList<TargetRow> targets)
    {
        var owners = targets.GroupBy(row => row.OwnerId).ToList();
        for (var i = 0; i < owners.Count; i += OwnersPerBatch)
        {
            yield return owners.Skip(i).Take(OwnersPerBatch).SelectMany(group => group).ToList();
        }
    }
}
