using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// The commission part of <c>spm_Recalculate</c>: pages through the matching active plan assignments (5,000 a page,
/// paging cookie) and has the commission engine recompute each one's statement (<see cref="StatementEngine"/>: only
/// Open statements are rewritten). Counts the statements recomputed.
/// </summary>
internal static class StatementRecalculation
{
    public static int Run(LocalPluginContext context, EntityReference? period, EntityReference? owner)
    {
        var query = new QueryExpression(PlanAssignmentColumns.EntityName)
        {
            ColumnSet = new ColumnSet(PlanAssignmentColumns.PeriodId),
            PageInfo = new PagingInfo { Count = BulkRecalculation.PageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(PlanAssignmentColumns.StateCode, ConditionOperator.Equal, 0);
        query.AddOrder(PlanAssignmentColumns.Id, OrderType.Ascending);
        if (owner is not null)
        {
            query.Criteria.AddCondition(PlanAssignmentColumns.OwnerId, ConditionOperator.Equal, owner.Id);
        }

        PeriodWindow.Apply(context, query, PlanAssignmentColumns.PeriodId, period);
        var reader = new AssignmentReader(context.SystemService);
        var recomputed = 0;
        while (true)
        {
            var page = context.SystemService.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                var assignment = reader.ById(row.Id);
                if (assignment is not null && StatementEngine.Recompute(context, assignment, RecomputeRequest.Plain) is Guid)
                {
                    recomputed++;
                }
            }

            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        context.Trace("Recalculated {0} commission statements.", recomputed);
        return recomputed;
    }
}
