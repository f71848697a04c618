using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// CompletedVisits' and VisitSuccessRate's aggregate: the owners' completed appointments (statecode 1) whose
/// <c>scheduledend</c> falls in the span, counted per owner, regarding row and bucket. One row per regarding row and
/// bucket, never one per appointment.
/// </summary>
public static class VisitFetch
{
    public const string Owner = "owner";
    public const string Regarding = "regarding";
    public const string Scheduled = "scheduled";
    public const string Visits = "visits";

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            AppointmentColumns.EntityName,
            GroupBy(AppointmentColumns.OwnerId, Owner),
            GroupBy(AppointmentColumns.RegardingObjectId, Regarding),
            DateBuckets.GroupBy(AppointmentColumns.ScheduledEnd, Scheduled, scope.Grain),
            Aggregate(AppointmentColumns.Id, Visits, "count"),
            And(
                In(AppointmentColumns.OwnerId, scope.OwnerValues),
                Condition(AppointmentColumns.StateCode, "eq", AppointmentColumns.StateCompleted),
                Within(AppointmentColumns.ScheduledEnd, scope.Span)),
            scope.Filter.CopyElement());
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
