using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// One aggregate over the active deal splits of won opportunities closed in the span where the owners are either the
/// split user or the opportunity's owner: Σ split percent per (split user, opportunity) with the opportunity's owner,
/// new-customer flag, close bucket and <c>actualvalue_base</c>. The owner keeps 100 − Σ splits, so a split moves
/// percent × value ÷ 100 from the opportunity's owner to the split user. The KPI's filter applies to the opportunity.
/// </summary>
public static class DealSplitFetch
{
    public const string SplitUser = "splituser";
    public const string Opportunity = "opportunity";
    public const string Percent = "percent";
    public const string OpportunityAlias = "opp";
    public const string OpportunityOwner = "oppowner";
    public const string NewCustomer = "newcustomer";
    public const string Close = "close";
    public const string Value = "oppvalue";

    public static string Build(AggregateScope scope)
    {
        var link = Link(
            OpportunityColumns.EntityName,
            OpportunityColumns.Id,
            DealSplitColumns.OpportunityId,
            OpportunityAlias,
            "inner",
            GroupBy(OpportunityColumns.OwnerId, OpportunityOwner),
            GroupBy(OpportunityColumns.IsNewCustomer, NewCustomer),
            DateBuckets.GroupBy(OpportunityColumns.ActualCloseDate, Close, scope.Grain),
            Aggregate(OpportunityColumns.ActualValueBase, Value, "max"),
            And(
                Condition(OpportunityColumns.StateCode, "eq", OpportunityColumns.StateWon),
                Within(OpportunityColumns.ActualCloseDate, scope.Span)),
            scope.Filter.CopyElement());
        var entity = Entity(
            DealSplitColumns.EntityName,
            GroupBy(DealSplitColumns.UserId, SplitUser),
            GroupBy(DealSplitColumns.OpportunityId, Opportunity),
            Aggregate(DealSplitColumns.SplitPercent, Percent, "sum"),
            And(
                Condition(DealSplitColumns.StateCode, "eq", 0),
                Or(
                    In(DealSplitColumns.UserId, scope.OwnerValues),
                    LinkedCondition(OpportunityAlias, OpportunityColumns.OwnerId, "in", scope.OwnerValues))),
            link);
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
