using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// VisitSuccessRate's second aggregate: the owners' opportunities (any state) created in the span, grouped by owner,
/// customer and day of <c>createdon</c>. The KPI's filter is the appointments' and is not applied here.
/// </summary>
public static class CreatedOpportunityFetch
{
    public const string Owner = "owner";
    public const string Customer = "customer";
    public const string Created = "created";
    public const string Deals = "deals";

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            OpportunityColumns.EntityName,
            GroupBy(OpportunityColumns.OwnerId, Owner),
            GroupBy(OpportunityColumns.CustomerId, Customer),
            DateBuckets.GroupBy(OpportunityColumns.CreatedOn, Created, BucketGrain.Day),
            Aggregate(OpportunityColumns.Id, Deals, "count"),
            And(
                In(OpportunityColumns.OwnerId, scope.OwnerValues),
                Within(OpportunityColumns.CreatedOn, scope.Span)));
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
