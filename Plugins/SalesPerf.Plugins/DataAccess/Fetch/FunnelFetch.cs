using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// FunnelStageConversion's aggregate: the owners' opportunities won (1) or lost (2) with <c>actualclosedate</c> in the
/// span, counted per owner, state, <c>salesstage</c> and close bucket (at most states × stages × buckets rows).
/// </summary>
public static class FunnelFetch
{
    public const string Owner = "owner";
    public const string State = "state";
    public const string Stage = "stage";
    public const string Close = "close";
    public const string Deals = "deals";

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            OpportunityColumns.EntityName,
            GroupBy(OpportunityColumns.OwnerId, Owner),
            GroupBy(OpportunityColumns.StateCode, State),
            GroupBy(OpportunityColumns.SalesStage, Stage),
            DateBuckets.GroupBy(OpportunityColumns.ActualCloseDate, Close, scope.Grain),
            Aggregate(OpportunityColumns.Id, Deals, "count"),
            And(
                In(OpportunityColumns.OwnerId, scope.OwnerValues),
                In(OpportunityColumns.StateCode, [OpportunityColumns.StateWon, OpportunityColumns.StateLost]),
                Within(OpportunityColumns.ActualCloseDate, scope.Span)),
            scope.Filter.CopyElement());
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
