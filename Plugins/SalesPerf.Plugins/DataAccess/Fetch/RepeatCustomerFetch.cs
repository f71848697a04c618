using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// RepeatPurchaseRate's one aggregate: the owners' won opportunities in the span (the periods plus the 12 months
/// before them), grouped by owner, customer and close bucket. The result has one row per customer and bucket with a
/// win, never one per opportunity, so its size is bounded by customers × buckets.
/// </summary>
public static class RepeatCustomerFetch
{
    public const string Owner = "owner";
    public const string Customer = "customer";
    public const string Close = "close";
    public const string Deals = "deals";

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            OpportunityColumns.EntityName,
            GroupBy(OpportunityColumns.OwnerId, Owner),
            GroupBy(OpportunityColumns.CustomerId, Customer),
            DateBuckets.GroupBy(OpportunityColumns.ActualCloseDate, Close, scope.Grain),
            Aggregate(OpportunityColumns.Id, Deals, "count"),
            And(
                In(OpportunityColumns.OwnerId, scope.OwnerValues),
                Condition(OpportunityColumns.StateCode, "eq", OpportunityColumns.StateWon),
                Within(OpportunityColumns.ActualCloseDate, scope.Span)),
            scope.Filter.CopyElement());
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
