using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// Pages through the matching active targets (5,000 a page, paging cookie, ordered by id so pages never overlap) and
/// hands them to the engine in batches: one period, at most <see cref="OwnersPerBatch"/> owners. An engine aggregate
/// then covers one period and a handful of owners, never the whole organisation.
/// </summary>
internal static class BulkRecalculation
{
    public const int PageSize = 5000;

    /// <summary>Owners per engine call: keeps one aggregate's source rows well below the platform's 50,000.</summary>
    public const int OwnersPerBatch = 20;

    public static int Run(LocalPluginContext context, EntityReference? period, EntityReference? owner)
    {
        var query = Query(context, period, owner);
        var recomputed = 0;
        var pages = 0;
        while (true)
        {
            var page = context.SystemService.RetrieveMultiple(query);
            pages++;
            foreach (var batch in Batches(page.Entities))
            {
                recomputed += EngineRecompute.Targets(context, batch, Array.Empty<Guid>(), Array.Empty<Guid>()).TargetsRecomputed;
            }

            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        context.Trace("Recalculated {0} targets from {1} pages.", recomputed, pages);
        return recomputed;
    }

    private static QueryExpression Query(LocalPluginContext context, EntityReference? period, EntityReference? owner)
    {
        var query = new QueryExpression(TargetColumns.EntityName)
        {
            ColumnSet = new ColumnSet(TargetStates.OwnerId, TargetColumns.PeriodId),
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(TargetStates.StateCode, ConditionOperator.Equal, TargetStates.Active);
        query.AddOrder(TargetColumns.Id, OrderType.Ascending);
        if (owner is not null)
        {
            query.Criteria.AddCondition(TargetStates.OwnerId, ConditionOperator.Equal, owner.Id);
        }

        PeriodWindow.Apply(context, query, TargetColumns.PeriodId, period);
        return query;
    }

    private static IEnumerable<List<Guid>> Batches(IEnumerable<Entity> targets)
    {
        foreach (var period in targets.GroupBy(row => row.GetAttributeValue<EntityReference>(TargetColumns.PeriodId)?.Id ?? Guid.Empty))
        {
            var owners = period.GroupBy(row => row.GetAttributeValue<EntityReference>(TargetStates.OwnerId)?.Id ?? Guid.Empty).ToList();
            for (var i = 0; i < owners.Count; i += OwnersPerBatch)
            {
                yield return owners.Skip(i).Take(OwnersPerBatch).SelectMany(group => group.Select(row => row.Id)).ToList();
            }
        }
    }
}
