using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>
/// Reduces stored SDK values to the plain values SQL compares: Money and numbers to decimal, choices to their
/// number, lookups to their id, DateOnly columns to their date; strings compare case-insensitively (doc 3.3).
/// </summary>
internal static class ComparableValue
{
    public static object? FromStored(object? value, ColumnDefinition column) => value switch
    {
        null => null,
        Money money => money.Value,
        OptionSetValue option => (decimal)option.Value,
        EntityReference reference => reference.Id,
        AliasedValue aliased => FromStored(aliased.Value, column),
        DateTime date when EvaluationContext.BehaviorOf(column) == DateTimeBehavior.DateOnly => DateTime.SpecifyKind(date.Date, DateTimeKind.Utc),
        DateTime date => DateTime.SpecifyKind(date, DateTimeKind.Utc),
        int i => (decimal)i,
        long l => (decimal)l,
        short s => (decimal)s,
        decimal d => d,
        double d => ToDecimalOrDouble(d),
        float f => ToDecimalOrDouble(f),
        _ => value,
    };

    public static int Compare(object left, object right)
    {
        switch (left, right)
        {
            case (string a, string b):
                return string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
            case (decimal a, decimal b):
                return a.CompareTo(b);
            case (DateTime a, DateTime b):
                return a.Ticks.CompareTo(b.Ticks);
            case (Guid a, Guid b):
                return a.CompareTo(b);
            case (bool a, bool b):
                return a.CompareTo(b);
            case (decimal or double, decimal or double):
                return Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture)
                    .CompareTo(Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture));
            default:
                throw OrganizationFaults.InvalidArgument(
                    $"Cannot compare a value of type {left.GetType().Name} with a value of type {right.GetType().Name}.");
        }
    }

    public static bool AreEqual(object left, object right) => Compare(left, right) == 0;

    /// <summary>A key for grouping and distinct: equal under <see cref="Compare"/> means equal keys.</summary>
    public static object? Key(object? comparable) => comparable switch
    {
        string s => s.ToUpperInvariant(),
        double d => d,
        _ => comparable,
    };

    private static object ToDecimalOrDouble(double value) =>
        value is > (double)decimal.MaxValue or < (double)decimal.MinValue || double.IsNaN(value) ? value : (decimal)value;
}
