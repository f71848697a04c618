using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Scenarios.Running;

/// <summary>Whether a stored value equals an expected one: amounts by value, lookups by row, date-only columns by day.</summary>
internal static class ValueComparer
{
    public static bool Same(object? expected, object? actual, ColumnDefinition? column)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        if (Amount(expected) is decimal left && Amount(actual) is decimal right)
        {
            return left == right;
        }

        return (expected, actual) switch
        {
            (double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)),
            (EntityReference a, EntityReference b) => a.Id == b.Id && string.Equals(a.LogicalName, b.LogicalName, StringComparison.OrdinalIgnoreCase),
            (OptionSetValue a, OptionSetValue b) => a.Value == b.Value,
            (OptionSetValueCollection a, OptionSetValueCollection b) => a.Select(o => o.Value).Order().SequenceEqual(b.Select(o => o.Value).Order()),
            (DateTime a, DateTime b) => column?.DateBehavior == DateTimeBehavior.DateOnly ? Utc(a).Date == Utc(b).Date : Utc(a) == Utc(b),
            _ => Equals(expected, actual),
        };
    }

    private static decimal? Amount(object value) => value switch
    {
        Money money => money.Value,
        decimal number => number,
        int number => number,
        long number => number,
        _ => null,
    };

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
