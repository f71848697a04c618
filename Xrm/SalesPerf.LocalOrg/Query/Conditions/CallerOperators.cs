using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>
/// eq-userid and ne-userid: the platform compares the column with the id of the user the query runs as, so they are
/// Equal / NotEqual with that id (and share their null semantics: a row without a value matches neither).
/// </summary>
internal static class CallerOperators
{
    public static bool IsCallerComparison(ConditionOperator op) => op is ConditionOperator.EqualUserId or ConditionOperator.NotEqualUserId;

    public static ConditionTarget AsComparison(ColumnDefinition column, ConditionOperator op, EvaluationContext context)
    {
        if (context.CallerId is not { } caller)
        {
            throw new NotSupportedException($"ConditionOperator.{op} needs the calling user, and this query was not sent by one.");
        }

        var comparison = op == ConditionOperator.EqualUserId ? ConditionOperator.Equal : ConditionOperator.NotEqual;
        return new ConditionTarget(column, comparison, [caller], context);
    }
}
