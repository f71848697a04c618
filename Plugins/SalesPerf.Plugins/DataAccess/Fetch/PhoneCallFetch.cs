using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// The phone-call half of the visit measures, for KPIs that count phone calls: the owners' completed phone calls
/// (statecode 1) whose <c>scheduledend</c> (Due) falls in the span, counted per owner, regarding row and bucket, with
/// the aliases of <see cref="VisitFetch"/> so the same mapping reads both. One row per regarding row and bucket.
/// </summary>
public static class PhoneCallFetch
{
    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            PhoneCallColumns.EntityName,
            GroupBy(PhoneCallColumns.OwnerId, VisitFetch.Owner),
            GroupBy(PhoneCallColumns.RegardingObjectId, VisitFetch.Regarding),
            DateBuckets.GroupBy(PhoneCallColumns.ScheduledEnd, VisitFetch.Scheduled, scope.Grain),
            Aggregate(PhoneCallColumns.Id, VisitFetch.Visits, "count"),
            And(
                In(PhoneCallColumns.OwnerId, scope.OwnerValues),
                Condition(PhoneCallColumns.StateCode, "eq", PhoneCallColumns.StateCompleted),
                Within(PhoneCallColumns.ScheduledEnd, scope.Span)),
            scope.Filter.CopyElement());
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
