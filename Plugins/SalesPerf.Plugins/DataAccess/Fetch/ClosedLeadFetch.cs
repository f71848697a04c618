using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// LeadConversionRate's aggregate: the owners' leads qualified (1) or disqualified (2) whose stamped
/// <c>spm_closedon</c> falls in the span, counted per owner, state and bucket.
/// </summary>
public static class ClosedLeadFetch
{
    public const string Owner = "owner";
    public const string State = "state";
    public const string Closed = "closed";
    public const string Leads = "leads";

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            LeadColumns.EntityName,
            GroupBy(LeadColumns.OwnerId, Owner),
            GroupBy(LeadColumns.StateCode, State),
            DateBuckets.GroupBy(LeadColumns.ClosedOn, Closed, scope.Grain),
            Aggregate(LeadColumns.Id, Leads, "count"),
            And(
                In(LeadColumns.OwnerId, scope.OwnerValues),
                In(LeadColumns.StateCode, [LeadColumns.StateQualified, LeadColumns.StateDisqualified]),
                Within(LeadColumns.ClosedOn, scope.Span)),
            scope.Filter.CopyElement());
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
