using System;
using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// CustomerSatisfaction's aggregate: Σ score and the number of scores per customer owner and date bucket, of the rows
/// whose date lies in the span and whose customer the owners own; the average is formed later from the sums, so it
/// rolls up as Σ scores ÷ Σ responses. The KPI's filter applies to the survey row.
/// <list type="bullet">
/// <item>SalesPerf's <c>spm_surveyresponse</c> (<see cref="SurveySource.Own"/>): active rows, counted by id, linked to
/// the account of <c>spm_customerid</c>.</item>
/// <item>An admin-chosen table: rows whose score is not empty (counted with <c>countcolumn</c> on the score, so a row
/// without a score neither counts nor weighs), whatever their state (a state condition belongs in the KPI's filter),
/// linked through the customer column to <see cref="AggregateScope.SurveyCustomerTable"/> (account or contact).</item>
/// </list>
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
        if (scope is null)
        {
            throw new ArgumentNullException(nameof(scope));
        }

        return scope.Survey.IsOwn ? Own(scope) : Chosen(scope);
    }

    /// <summary>The owner column and primary key of a customer table an admin-chosen survey table may point to.</summary>
    public static string CustomerIdColumn(string customerTable) => customerTable + "id";

    private static string Own(AggregateScope scope)
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

    private static string Chosen(AggregateScope scope)
    {
        var survey = scope.Survey;
        var customerTable = scope.SurveyCustomerTable
            ?? throw new InvalidOperationException("An aggregate of the survey table '" + survey.Table + "' needs the customer table it links through.");
        var entity = Entity(
            survey.Table,
            DateBuckets.GroupBy(survey.DateColumn, Responded, scope.Grain),
            Aggregate(survey.ScoreColumn, Responses, "countcolumn"),
            Aggregate(survey.ScoreColumn, Score, "sum"),
            And(
                new XElement("condition", new XAttribute("attribute", survey.ScoreColumn), new XAttribute("operator", "not-null")),
                Within(survey.DateColumn, scope.Span)),
            scope.Filter.CopyElement(),
            Link(
                customerTable,
                CustomerIdColumn(customerTable),
                survey.CustomerColumn,
                CustomerAlias,
                "inner",
                GroupBy(SurveyResponseColumns.AccountOwnerId, Owner),
                And(In(SurveyResponseColumns.AccountOwnerId, scope.OwnerValues))));
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
