using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>eq, ne, gt, ge, lt, le with SQL null logic: a null column makes every one of them unknown, ne included (doc 3.2).</summary>
internal static class ComparisonOperators
{
    public static Func<object?, bool?>? TryCompile(ConditionTarget target)
    {
        Func<int, bool>? test = target.Operator switch
        {
            ConditionOperator.Equal => c => c == 0,
            ConditionOperator.NotEqual => c => c != 0,
            ConditionOperator.GreaterThan => c => c > 0,
            ConditionOperator.GreaterEqual => c => c >= 0,
            ConditionOperator.LessThan => c => c < 0,
            ConditionOperator.LessEqual => c => c <= 0,
            _ => null,
        };
        if (test is null)
        {
            return null;
        }

        if (target.Column.Type == ColumnType.MultiChoice)
        {
            throw new NotSupportedException($"ConditionOperator.{target.Operator} on the multi-select choice column '{target.Column.LogicalName}' is not supported; use ContainValues.");
        }

        target.RequireValueCount(1);
        var expected = target.Converted(0);
        return raw => target.Stored(raw) is { } value ? test(ComparableValue.Compare(value, expected)) : null;
    }
}
