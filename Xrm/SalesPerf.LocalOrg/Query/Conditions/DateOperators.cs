using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>
/// Day-based date operators. They compare whole calendar days in the organisation's time zone from the
/// injected clock, ignoring the time of day (doc 3.4; fake-xrm-easy#237, #539). "Last X" ranges run from
/// X units before today through today; "Next X" from today through X units ahead. Weeks start on
/// <see cref="OrganizationSettings.FirstDayOfWeek"/>.
/// </summary>
internal static class DateOperators
{
    public static Func<object?, bool?>? TryCompile(ConditionTarget target)
    {
        if (target.Context.Settings.OlderThanComparesInstants && OlderThanInstant(target) is { } older)
        {
            return older;
        }

        var today = target.Context.Today;
        (DateOnly From, DateOnly To)? range = target.Operator switch
        {
            ConditionOperator.Today => (today, today),
            ConditionOperator.Yesterday => (today.AddDays(-1), today.AddDays(-1)),
            ConditionOperator.Tomorrow => (today.AddDays(1), today.AddDays(1)),
            ConditionOperator.Last7Days => (today.AddDays(-7), today),
            ConditionOperator.Next7Days => (today, today.AddDays(7)),
            ConditionOperator.ThisWeek => Week(target, 0),
            ConditionOperator.LastWeek => Week(target, -1),
            ConditionOperator.NextWeek => Week(target, 1),
            ConditionOperator.ThisMonth => Month(today, 0),
            ConditionOperator.LastMonth => Month(today, -1),
            ConditionOperator.NextMonth => Month(today, 1),
            ConditionOperator.ThisYear => Year(today, 0),
            ConditionOperator.LastYear => Year(today, -1),
            ConditionOperator.NextYear => Year(today, 1),
            ConditionOperator.LastXDays => (today.AddDays(-X(target)), today),
            ConditionOperator.NextXDays => (today, today.AddDays(X(target))),
            ConditionOperator.LastXWeeks => (today.AddDays(-7 * X(target)), today),
            ConditionOperator.NextXWeeks => (today, today.AddDays(7 * X(target))),
            ConditionOperator.LastXMonths => (today.AddMonths(-X(target)), today),
            ConditionOperator.NextXMonths => (today, today.AddMonths(X(target))),
            ConditionOperator.LastXYears => (today.AddYears(-X(target)), today),
            ConditionOperator.NextXYears => (today, today.AddYears(X(target))),
            ConditionOperator.OlderThanXDays => (DateOnly.MinValue, today.AddDays(-X(target) - 1)),
            ConditionOperator.OlderThanXWeeks => (DateOnly.MinValue, today.AddDays((-7 * X(target)) - 1)),
            ConditionOperator.OlderThanXMonths => (DateOnly.MinValue, today.AddMonths(-X(target)).AddDays(-1)),
            ConditionOperator.OlderThanXYears => (DateOnly.MinValue, today.AddYears(-X(target)).AddDays(-1)),
            ConditionOperator.On => (On(target), On(target)),
            ConditionOperator.OnOrBefore => (DateOnly.MinValue, On(target)),
            ConditionOperator.OnOrAfter => (On(target), DateOnly.MaxValue),
            _ => null,
        };

        if (target.Operator == ConditionOperator.NotOn)
        {
            var day = On(target);
            return raw => LocalDate(target, raw) is { } date ? date != day : null;
        }

        if (range is not { } r)
        {
            return null;
        }

        target.RequireDateTimeColumn();
        return raw => LocalDate(target, raw) is { } date ? date >= r.From && date <= r.To : null;
    }

    // The instant reading of "older than X days/weeks/months/years": the stored value before now − X, in the column's
    // own terms (a date-only or time-zone-independent value as written, against the organisation's wall clock).
    private static Func<object?, bool?>? OlderThanInstant(ConditionTarget target)
    {
        if (target.Operator is not (ConditionOperator.OlderThanXDays or ConditionOperator.OlderThanXWeeks
            or ConditionOperator.OlderThanXMonths or ConditionOperator.OlderThanXYears))
        {
            return null;
        }

        target.RequireDateTimeColumn();
        var x = X(target);
        var context = target.Context;
        var asWritten = EvaluationContext.BehaviorOf(target.Column) != DateTimeBehavior.UserLocal;
        var now = asWritten ? context.LocalNow : context.UtcNow;
        var limit = target.Operator switch
        {
            ConditionOperator.OlderThanXDays => now.AddDays(-x),
            ConditionOperator.OlderThanXWeeks => now.AddDays(-7 * x),
            ConditionOperator.OlderThanXMonths => now.AddMonths(-x),
            _ => now.AddYears(-x),
        };
        return raw => raw is DateTime stored ? stored.Ticks < limit.Ticks : null;
    }

    private static DateOnly? LocalDate(ConditionTarget target, object? raw) =>
        raw is DateTime stored ? target.Context.LocalDate(stored, target.Column) : null;

    private static int X(ConditionTarget target)
    {
        target.RequireValueCount(1);
        return target.IntegerValue(0);
    }

    // The date the caller named, as written: the time and kind of a DateTime value are ignored (fake-xrm-easy#237).
    private static DateOnly On(ConditionTarget target)
    {
        target.RequireDateTimeColumn();
        target.RequireValueCount(1);
        return target.Values[0] switch
        {
            DateTime d => DateOnly.FromDateTime(d),
            DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
            string s => DateOnly.FromDateTime(DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture).DateTime),
            var other => throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{target.Column.LogicalName}': operator {target.Operator} expects a date but received '{other}'."),
        };
    }

    private static (DateOnly, DateOnly) Week(ConditionTarget target, int offset)
    {
        var today = target.Context.Today;
        var back = ((int)today.DayOfWeek - (int)target.Context.Settings.FirstDayOfWeek + 7) % 7;
        var start = today.AddDays(-back + (7 * offset));
        return (start, start.AddDays(6));
    }

    private static (DateOnly, DateOnly) Month(DateOnly today, int offset)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(offset);
        return (start, start.AddMonths(1).AddDays(-1));
    }

    private static (DateOnly, DateOnly) Year(DateOnly today, int offset) =>
        (new DateOnly(today.Year + offset, 1, 1), new DateOnly(today.Year + offset, 12, 31));
}
