using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Recognition;

/// <summary>
/// The Quarter period running on a day (one query, at most one row): the recognition wall shows the recognitions of
/// the quarter running today by this stamp, as the other "this quarter" views do, whatever the organisation's fiscal
/// settings. No quarter period on that day: no stamp, and the recognition is only in "My Recognition".
/// </summary>
internal static class QuarterOfDay
{
    public static EntityReference? Find(IOrganizationService service, DateTime utcDay)
    {
        var day = utcDay.Date;
        var query = new QueryExpression(PeriodColumns.EntityName) { ColumnSet = new ColumnSet(PeriodColumns.Name), TopCount = 1 };
        query.Criteria.AddCondition(PeriodColumns.PeriodType, ConditionOperator.Equal, (int)PeriodType.Quarter);
        query.Criteria.AddCondition(PeriodColumns.StartDate, ConditionOperator.OnOrBefore, day);
        query.Criteria.AddCondition(PeriodColumns.EndDate, ConditionOperator.OnOrAfter, day);
        query.AddOrder(PeriodColumns.StartDate, OrderType.Ascending);
        var row = service.RetrieveMultiple(query).Entities;
        return row.Count == 0 ? null : new EntityReference(PeriodColumns.EntityName, row[0].Id);
    }
}
