using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Periods;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>Restricts a query to rows whose period is the given period or lies inside its dates (one inner link).</summary>
internal static class PeriodWindow
{
    public static void Apply(LocalPluginContext context, QueryExpression query, string periodLookup, EntityReference? period)
    {
        if (period is null)
        {
            return;
        }

        var row = context.SystemService.Retrieve(PeriodColumns.EntityName, period.Id, PeriodRecord.Columns());
        var start = PeriodRecord.Date(row, PeriodColumns.StartDate);
        var end = PeriodRecord.Date(row, PeriodColumns.EndDate);
        if (start is null || end is null)
        {
            query.Criteria.AddCondition(periodLookup, ConditionOperator.Equal, period.Id);
            return;
        }

        var link = query.AddLink(PeriodColumns.EntityName, periodLookup, PeriodColumns.Id);
        link.LinkCriteria.AddCondition(PeriodColumns.StartDate, ConditionOperator.OnOrAfter, start.Value.ToDateTime());
        link.LinkCriteria.AddCondition(PeriodColumns.EndDate, ConditionOperator.OnOrBefore, end.Value.ToDateTime());
    }
}
