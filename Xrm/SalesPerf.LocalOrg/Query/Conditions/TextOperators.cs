using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>
/// like, not-like, begins-with, ends-with, contains and their negations, case-insensitive. The value of
/// begins-with / ends-with / contains is taken literally (its % and _ are not wildcards); like takes a pattern.
/// A null column is unknown, so it fails not-like as well (doc 3.2).
/// </summary>
internal static class TextOperators
{
    public static Func<object?, bool?>? TryCompile(ConditionTarget target)
    {
        (Func<string, string>? toPattern, bool negate) = target.Operator switch
        {
            ConditionOperator.Like => (p => p, false),
            ConditionOperator.NotLike => (p => p, true),
            ConditionOperator.BeginsWith => (p => LikePattern.Escape(p) + "%", false),
            ConditionOperator.DoesNotBeginWith => (p => LikePattern.Escape(p) + "%", true),
            ConditionOperator.EndsWith => (p => "%" + LikePattern.Escape(p), false),
            ConditionOperator.DoesNotEndWith => (p => "%" + LikePattern.Escape(p), true),
            ConditionOperator.Contains => (p => "%" + LikePattern.Escape(p) + "%", false),
            ConditionOperator.DoesNotContain => (p => "%" + LikePattern.Escape(p) + "%", true),
            _ => ((Func<string, string>?)null, false),
        };
        if (toPattern is null)
        {
            return null;
        }

        if (target.Column.Type is not (ColumnType.String or ColumnType.Memo or ColumnType.EntityName))
        {
            throw new NotSupportedException(
                $"ConditionOperator.{target.Operator} on the {target.Column.Type} column '{target.Column.LogicalName}' is not supported; it applies to text columns.");
        }

        target.RequireValueCount(1);
        var regex = LikePattern.ToRegex(toPattern((string)target.Converted(0)));
        return raw => raw is string text ? regex.IsMatch(text) != negate : null;
    }
}
