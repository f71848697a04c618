using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>
/// Converts condition values (typed from QueryExpression, strings from FetchXML) to the comparable form of
/// the column (semantics doc 8.2 "Types").
/// </summary>
internal static class ConditionValues
{
    /// <summary>The values, with arrays passed as one value flattened (an <c>in</c> on lookups takes a Guid array).</summary>
    public static IReadOnlyList<object?> Flatten(IEnumerable<object?> values)
    {
        var result = new List<object?>();
        foreach (var value in values)
        {
            if (value is IEnumerable many and not string and not OptionSetValueCollection)
            {
                foreach (var item in many)
                {
                    result.Add(item);
                }
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
    }

    public static object Convert(object? value, ColumnDefinition column, EvaluationContext context, string operatorName)
    {
        if (value is null)
        {
            throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{column.LogicalName}': null is not a valid value for operator {operatorName}; use Null or NotNull.");
        }

        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo or ColumnType.EntityName => ToText(value),
                ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double => ToNumber(value, column),
                ColumnType.Money => value is Money money ? money.Value : ToNumber(value, column),
                ColumnType.Choice or ColumnType.State or ColumnType.Status or ColumnType.MultiChoice => ToChoice(value, column),
                ColumnType.Boolean => ToBoolean(value, column),
                ColumnType.DateTime => ToDate(value, column, context),
                ColumnType.PrimaryKey or ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer or ColumnType.UniqueIdentifier => ToGuid(value, column),
                _ => throw new NotSupportedException($"Conditions on {column.Type} columns are not supported."),
            };
        }
        catch (FormatException)
        {
            throw WrongType(column, value);
        }
        catch (OverflowException)
        {
            throw WrongType(column, value);
        }
    }

    private static string ToText(object value) =>
        value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static object ToNumber(object value, ColumnDefinition column) => value switch
    {
        string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        int or long or short or decimal or double or float => ComparableValue.FromStored(value, column)!,
        _ => throw WrongType(column, value),
    };

    private static decimal ToChoice(object value, ColumnDefinition column) => value switch
    {
        int i => i,
        string s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture),
        _ => throw WrongType(column, value),
    };

    private static bool ToBoolean(object value, ColumnDefinition column) => value switch
    {
        bool b => b,
        int i when i is 0 or 1 => i == 1,
        string s when s == "1" || string.Equals(s, "true", StringComparison.OrdinalIgnoreCase) => true,
        string s when s == "0" || string.Equals(s, "false", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw WrongType(column, value),
    };

    // Lookups take a Guid or a GUID string; an EntityReference or a number faults as on the platform
    // (semantics doc 8.2: fake-xrm-easy#258, XrmUnitTest#246).
    private static Guid ToGuid(object value, ColumnDefinition column) => value switch
    {
        Guid g => g,
        string s => Guid.Parse(s),
        _ => throw WrongType(column, value),
    };

    private static DateTime ToDate(object value, ColumnDefinition column, EvaluationContext context)
    {
        var date = value switch
        {
            DateTime d => d,
            DateTimeOffset o => o.UtcDateTime,
            string s => ParseDate(s),
            _ => throw WrongType(column, value),
        };

        // DateOnly columns compare dates as written; the others compare instants in UTC (doc 3.4).
        return EvaluationContext.BehaviorOf(column) switch
        {
            DateTimeBehavior.DateOnly => DateTime.SpecifyKind(date.Date, DateTimeKind.Utc),
            DateTimeBehavior.TimeZoneIndependent => DateTime.SpecifyKind(date, DateTimeKind.Utc),
            _ => DateTime.SpecifyKind(context.ToUtc(date), DateTimeKind.Utc),
        };
    }

    private static DateTime ParseDate(string text)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces;
        var hasZone = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 10 && (text.LastIndexOf('+') > 10 || text.LastIndexOf('-') > 10));
        return hasZone
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, styles).UtcDateTime
            : DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, styles), DateTimeKind.Unspecified);
    }

    private static Exception WrongType(ColumnDefinition column, object value) =>
        OrganizationFaults.InvalidArgument(
            $"Condition for attribute '{column.LogicalName}': expected argument(s) of type '{ExpectedType(column)}' but received '{value.GetType().FullName}'.");

    private static string ExpectedType(ColumnDefinition column) => column.Type switch
    {
        ColumnType.PrimaryKey or ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer or ColumnType.UniqueIdentifier => "System.Guid",
        ColumnType.Choice or ColumnType.State or ColumnType.Status or ColumnType.MultiChoice or ColumnType.Integer => "System.Int32",
        ColumnType.DateTime => "System.DateTime",
        ColumnType.Boolean => "System.Boolean",
        ColumnType.Money or ColumnType.Decimal => "System.Decimal",
        _ => "System.String",
    };
}
