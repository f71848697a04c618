using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// One aggregate over the owners' opportunities for every opportunity measure: closed ones (won 1, lost 2) by
/// <c>actualclosedate</c> and open ones (0) by <c>estimatedclosedate</c>, grouped by owner, state, new-customer flag and
/// date bucket and
/// <c>closeprobability</c> (at most 102 values: 0–100 and empty, whatever the size of the book). Won and lost counts give WinRate; Σ <c>actualvalue_base</c> Revenue; Σ and count of
/// <c>spm_salescycledays</c> the average cycle; open groups the in-progress value (Σ <c>estimatedvalue_base</c>) and, multiplied by their group's probability in memory, the
/// weighted pipeline of the projection: an aggregate cannot multiply two columns, a group per probability can.
/// </summary>
public static class OpportunityActivityFetch
{
    public const string Owner = "owner";
    public const string State = "state";
    public const string NewCustomer = "newcustomer";
    public const string Close = "close";
    public const string Estimated = "estimated";
    public const string Deals = "deals";
    public const string Revenue = "revenue";
    public const string Pipeline = "pipeline";
    public const string CycleDays = "cycledays";
    public const string CycleDeals = "cycledeals";
    public const string Probability = "probability";

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            OpportunityColumns.EntityName,
            GroupBy(OpportunityColumns.OwnerId, Owner),
            GroupBy(OpportunityColumns.StateCode, State),
            GroupBy(OpportunityColumns.IsNewCustomer, NewCustomer),
            DateBuckets.GroupBy(OpportunityColumns.ActualCloseDate, Close, scope.Grain),
            DateBuckets.GroupBy(OpportunityColumns.EstimatedCloseDate, Estimated, scope.Grain),
            GroupBy(OpportunityColumns.CloseProbability, Probability),
            Aggregate(OpportunityColumns.Id, Deals, "count"),
            Aggregate(OpportunityColumns.ActualValueBase, Revenue, "sum"),
            Aggregate(OpportunityColumns.EstimatedValueBase, Pipeline, "sum"),
            Aggregate(OpportunityColumns.SalesCycleDays, CycleDays, "sum"),
            Aggregate(OpportunityColumns.SalesCycleDays, CycleDeals, "countcolumn"),
            And(
                In(OpportunityColumns.OwnerId, scope.OwnerValues),
                Or(
                    And(
                        In(OpportunityColumns.StateCode, [OpportunityColumns.StateWon, OpportunityColumns.StateLost]),
                        Within(OpportunityColumns.ActualCloseDate, scope.Span)),
                    And(
                        Condition(OpportunityColumns.StateCode, "eq", OpportunityColumns.StateOpen),
                        Within(OpportunityColumns.EstimatedCloseDate, scope.Span)))),
            scope.Filter.CopyElement());
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
