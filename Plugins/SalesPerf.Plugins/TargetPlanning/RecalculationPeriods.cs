using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Periods;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// The periods a sliced recalculation walks through, in a fixed order (start date, end date, id): the given period and
/// the periods inside its dates, or every period. One query (5,000 periods a page); periods are few (17 a fiscal year).
/// </summary>
internal static class RecalculationPeriods
{
    public static IReadOnlyList<Guid> InScope(LocalPluginContext context, EntityReference? period)
    {
        var query = new QueryExpression(PeriodColumns.EntityName) { ColumnSet = new ColumnSet(PeriodColumns.StartDate, PeriodColumns.EndDate) };
        if (period is not null)
        {
            var row = context.SystemService.Retrieve(PeriodColumns.EntityName, period.Id, PeriodRecord.Columns());
            var start = PeriodRecord.Date(row, PeriodColumns.StartDate);
            var end = PeriodRecord.Date(row, PeriodColumns.EndDate);
            if (start is null || end is null)
            {
                return new[] { period.Id };
            }

            query.Criteria.AddCondition(PeriodColumns.StartDate, ConditionOperator.OnOrAfter, start.Value.ToDateTime());
            query.Criteria.AddCondition(PeriodColumns.EndDate, ConditionOperator.OnOrBefore, end.Value.ToDateTime());
        }

        return Ordered(context, query);
    }

    /// <summary>
    /// The periods running on <paramref name="day"/> (start ≤ day ≤ end), in the same order: the scope of the scheduled
    /// refresh of pace and projections. One query.
    /// </summary>
    public static IReadOnlyList<Guid> RunningOn(LocalPluginContext context, CalendarDate day)
    {
        var query = new QueryExpression(PeriodColumns.EntityName) { ColumnSet = new ColumnSet(PeriodColumns.StartDate, PeriodColumns.EndDate) };
        query.Criteria.AddCondition(PeriodColumns.StartDate, ConditionOperator.OnOrBefore, day.ToDateTime());
        query.Criteria.AddCondition(PeriodColumns.EndDate, ConditionOperator.OnOrAfter, day.ToDateTime());
        return Ordered(context, query);
    }

    private static IReadOnlyList<Guid> Ordered(LocalPluginContext context, QueryExpression query)
    {
        return QueryPages.All(context.SystemService, query)
            .OrderBy(row => PeriodRecord.Date(row, PeriodColumns.StartDate))
            .ThenBy(row => PeriodRecord.Date(row, PeriodColumns.EndDate))
            .ThenBy(row => row.Id)
            .Select(row => row.Id)
            .ToList();
    }
}
