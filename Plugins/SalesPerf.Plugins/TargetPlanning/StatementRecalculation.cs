using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// The statement stage of one slice: reads one page of a period's active plan assignments ordered by owner (with
/// every column the commission engine needs, so none is read again) and has the commission engine recompute each
/// one's statement (<see cref="StatementEngine"/>: only Open statements are rewritten). Each plan and its tiers are
/// read once per slice, however many assignments use them.
/// </summary>
internal static class StatementRecalculation
{
    public static SlicePage Run(LocalPluginContext context, Guid periodId, EntityReference? owner, int size, int page, string? cookie)
    {
        var (assignments, more, next) = new AssignmentReader(context.SystemService).ForPeriodPage(periodId, owner?.Id, size, page, cookie);
        var plans = new PlanCatalog(context.SystemService);
        var recomputed = 0;
        foreach (var assignment in assignments)
        {
            if (StatementEngine.Recompute(context, assignment, RecomputeRequest.Plain, plans) is Guid)
            {
                recomputed++;
            }
        }

        context.Trace("Recalculated {0} commission statements of page {1} of period {2:D}.", recomputed, page, periodId);
        return new SlicePage(recomputed, more, next);
    }
}
