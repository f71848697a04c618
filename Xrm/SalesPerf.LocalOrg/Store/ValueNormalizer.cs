using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// Checks a written value against its column (type, length, range, option set) and returns the value as stored:
/// UTC dates, rounded decimals and money, a fresh copy of every reference type.
/// </summary>
internal sealed class ValueNormalizer
{
    private readonly TimeZoneInfo _timeZone;

    public ValueNormalizer(TimeZoneInfo timeZone) => _timeZone = timeZone;

    public object Normalize(TableDefinition table, ColumnDefinition column, object value, int currencyPrecision)
    {
        return column.Type switch
        {
            ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => Expect<Guid>(table, column, value),
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName => Text(table, column, Expect<string>(table, column, value)),
            ColumnType.Integer => Range(table, column, Expect<int>(table, column, value), v => v),
            ColumnType.BigInt => Range(table, column, Expect<long>(table, column, value), v => v),
            ColumnType.Decimal => Range(table, column, Round(Expect<decimal>(table, column, value), column.Precision), v => v),
            ColumnType.Double => Range(table, column, Expect<double>(table, column, value), v => (decimal)v),
            ColumnType.Money => new Money(Range(table, column, Round(Expect<Money>(table, column, value).Value, column.Precision ?? currencyPrecision), v => v)),
            ColumnType.Boolean => Expect<bool>(table, column, value),
            ColumnType.DateTime => Date(column, Expect<DateTime>(table, column, value)),
            ColumnType.Choice or ColumnType.State or ColumnType.Status => Choice(table, column, Expect<OptionSetValue>(table, column, value)),
            ColumnType.MultiChoice => new OptionSetValueCollection(
                Expect<OptionSetValueCollection>(table, column, value).Select(o => Choice(table, column, o)).ToList()),
            ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => Lookup(table, column, Expect<EntityReference>(table, column, value)),
            _ => throw new NotSupportedException($"Column type {column.Type} ({table.LogicalName}.{column.LogicalName}) is not supported by the local organisation."),
        };
    }

    private static T Expect<T>(TableDefinition table, ColumnDefinition column, object value) =>
        value is T typed
            ? typed
            : throw OrganizationFaults.InvalidArgument(
                $"Incorrect attribute value type {value.GetType().FullName} for '{column.LogicalName}' of '{table.LogicalName}' (expected {typeof(T).FullName}).");

    private static string Text(TableDefinition table, ColumnDefinition column, string value)
    {
        if (column.MaxLength is int max && value.Length > max)
        {
            throw OrganizationFaults.InvalidArgument(
                $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");
        }

        return value;
    }

    private static T Range<T>(TableDefinition table, ColumnDefinition column, T value, Func<T, decimal> asDecimal)
    {
        decimal number;
        try
        {
            number = asDecimal(value);
        }
        catch (OverflowException)
        {
            throw OutOfRange(table, column, value);
        }

        if ((column.MinValue is decimal min && number < min) || (column.MaxValue is decimal max && number > max))
        {
            throw OutOfRange(table, column, value);
        }

        return value;
    }

    private static Exception OutOfRange(TableDefinition table, ColumnDefinition column, object? value) =>
        OrganizationFaults.InvalidArgument(string.Create(
            CultureInfo.InvariantCulture,
            $"A validation error occurred. The value {value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range ({column.MinValue} to {column.MaxValue})."));

    private static decimal Round(decimal value, int? precision) =>
        precision is int digits ? Math.Round(value, Math.Clamp(digits, 0, 10), MidpointRounding.AwayFromZero) : value;

    private DateTime Date(ColumnDefinition column, DateTime value)
    {
        switch (column.DateBehavior)
        {
            case DateTimeBehavior.DateOnly:
                return DateTime.SpecifyKind(value.Date, DateTimeKind.Utc);
            case DateTimeBehavior.TimeZoneIndependent:
                return DateTime.SpecifyKind(value, DateTimeKind.Utc);
            default:
                return value.Kind switch
                {
                    DateTimeKind.Utc => value,
                    DateTimeKind.Local => value.ToUniversalTime(),

                    // An unspecified time is read in the organisation's time zone, never the host's.
                    _ => TimeZoneInfo.ConvertTimeToUtc(value, _timeZone),
                };
        }
    }

    private static OptionSetValue Choice(TableDefinition table, ColumnDefinition column, OptionSetValue value)
    {
        if (column.Options.Count > 0 && column.Options.All(o => o.Value != value.Value))
        {
            throw OrganizationFaults.InvalidArgument(
                $"A validation error occurred. The value {value.Value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range.");
        }

        return new OptionSetValue(value.Value);
    }

    private static EntityReference Lookup(TableDefinition table, ColumnDefinition column, EntityReference value)
    {
        if (string.IsNullOrEmpty(value.LogicalName) || value.Id == Guid.Empty)
        {
            throw OrganizationFaults.InvalidArgument(
                $"The lookup '{column.LogicalName}' of '{table.LogicalName}' needs a table name and an id (alternate keys are not supported).");
        }

        if (column.Targets.Count > 0 && !column.Targets.Contains(value.LogicalName, StringComparer.OrdinalIgnoreCase))
        {
            throw OrganizationFaults.InvalidArgument(
                $"The lookup '{column.LogicalName}' of '{table.LogicalName}' cannot point to '{value.LogicalName}' (allowed: {string.Join(", ", column.Targets)}).");
        }

        return new EntityReference(value.LogicalName.ToLowerInvariant(), value.Id);
    }
}
