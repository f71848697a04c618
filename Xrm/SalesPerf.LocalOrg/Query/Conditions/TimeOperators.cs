using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>
/// Hour- and minute-based operators: they compare instants against the injected clock and are not
/// supported on DateOnly columns (doc 3.4), where they fault.
/// </summary>
internal static class TimeOperators
{
    public static Func<object?, bool?>? TryCompile(ConditionTarget target)
    {
        if (target.Operator is not (ConditionOperator.LastXHours or ConditionOperator.NextXHours
            or ConditionOperator.OlderThanXHours or ConditionOperator.OlderThanXMinutes))
        {
            return null;
        }

        target.RequireDateTimeColumn();
        if (EvaluationContext.BehaviorOf(target.Column) == DateTimeBehavior.DateOnly)
        {
            throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{target.Column.LogicalName}': operator {target.Operator} is not valid for a date-only column.");
        }

        target.RequireValueCount(1);
        var x = target.IntegerValue(0);
        var context = target.Context;
        var now = EvaluationContext.BehaviorOf(target.Column) == DateTimeBehavior.TimeZoneIndependent ? context.LocalNow : context.UtcNow;
        (DateTime From, DateTime To) range = target.Operator switch
        {
            ConditionOperator.LastXHours => (now.AddHours(-x), now),
            ConditionOperator.NextXHours => (now, now.AddHours(x)),
            ConditionOperator.OlderThanXHours => (DateTime.MinValue, now.AddHours(-x)),
            _ => (DateTime.MinValue, now.AddMinutes(-x)),
        };
        var upperExclusive = target.Operator is ConditionOperator.OlderThanXHours or ConditionOperator.OlderThanXMinutes;
        return raw => raw is DateTime stored
            ? stored.Ticks >= range.From.Ticks && (upperExclusive ? stored.Ticks < range.To.Ticks : stored.Ticks <= range.To.Ticks)
            : null;
    }
}
