using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// CustomerSatisfaction's aggregate: active survey responses (<c>spm_respondedon</c> in the span) of accounts owned by
/// the owners, Σ <c>spm_score</c> and the number of responses per account owner and bucket; the average is formed later
/// from the sums, so it rolls up as Σ scores ÷ Σ responses. The KPI's filter applies to the response.
/// </summary>
public static class SurveyScoreFetch
{
    public const string CustomerAlias = "cust";
    public const string Owner = "owner";
    public const string Responded = "responded";
    public const string Responses = "responses";
    public const string Score = "score";

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            SurveyResponseColumns.EntityName,
            DateBuckets.GroupBy(SurveyResponseColumns.RespondedOn, Responded, scope.Grain),
            Aggregate(SurveyResponseColumns.Id, Responses, "count"),
            Aggregate(SurveyResponseColumns.Score, Score, "sum"),
            And(
                Condition(SurveyResponseColumns.StateCode, "eq", 0),
                Within(SurveyResponseColumns.RespondedOn, scope.Span)),
            scope.Filter.CopyElement(),
            Link(
                SurveyResponseColumns.AccountEntityName,
                SurveyResponseColumns.AccountId,
                SurveyResponseColumns.CustomerId,
                CustomerAlias,
                "inner",
                GroupBy(SurveyResponseColumns.AccountOwnerId, Owner),
                And(In(SurveyResponseColumns.AccountOwnerId, scope.OwnerValues))));
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
