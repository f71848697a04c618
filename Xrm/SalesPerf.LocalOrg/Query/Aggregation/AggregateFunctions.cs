using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Query.Conditions;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Aggregation;

/// <summary>
/// count counts rows; every other function ignores nulls (doc 3.6). Result types: count and countcolumn int;
/// sum keeps the column's type (Money stays Money, Integer stays int, BigInt long, Decimal decimal, Double
/// double); avg is Money for Money and decimal for Integer, BigInt and Decimal (double for Double); min and max
/// keep the column's type. A sum, avg, min or max over no non-null value is null: the alias is still returned,
/// as an AliasedValue whose Value is null (doc 3.6 leaves this open; SQL's answer chosen).
/// </summary>
internal static class AggregateFunctions
{
    public static object? Compute(XrmAggregateType function, bool distinct, ColumnDefinition column, IReadOnlyList<object?> values, int rowCount)
    {
        var present = values.Where(v => v is not null).Select(v => v!).ToList();
        switch (function)
        {
            case XrmAggregateType.Count:
                return rowCount;
            case XrmAggregateType.CountColumn:
                return distinct
                    ? present.Select(v => ComparableValue.Key(ComparableValue.FromStored(v, column))).Distinct().Count()
                    : present.Count;
            case XrmAggregateType.Sum:
                return present.Count == 0 ? null : Typed(column, Numbers(column, present).Sum(), "sum");
            case XrmAggregateType.Avg:
                if (present.Count == 0)
                {
                    return null;
                }

                var average = Numbers(column, present).Average();
                return column.Type switch
                {
                    ColumnType.Money => new Money(average),
                    ColumnType.Double => (double)average,
                    _ => average,
                };
            case XrmAggregateType.Min:
            case XrmAggregateType.Max:
                if (present.Count == 0)
                {
                    return null;
                }

                var sign = function == XrmAggregateType.Min ? 1 : -1;
                return present.Aggregate((best, next) =>
                    sign * ComparableValue.Compare(ComparableValue.FromStored(next, column)!, ComparableValue.FromStored(best, column)!) < 0 ? next : best);
            default:
                throw new NotSupportedException($"Aggregate function {function} is not supported.");
        }
    }

    private static IEnumerable<decimal> Numbers(ColumnDefinition column, IEnumerable<object> values)
    {
        if (column.Type is not (ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money))
        {
            throw OrganizationFaults.InvalidArgument($"sum and avg need a numeric column; '{column.LogicalName}' is {column.Type}.");
        }

        return values.Select(v => ComparableValue.FromStored(v, column) is decimal d
            ? d
            : throw new NotSupportedException($"The value of '{column.LogicalName}' is outside the decimal range."));
    }

    private static object Typed(ColumnDefinition column, decimal total, string function) => column.Type switch
    {
        ColumnType.Money => new Money(total),
        ColumnType.Integer => total is >= int.MinValue and <= int.MaxValue
            ? (int)total
            : throw OrganizationFaults.InvalidArgument($"The {function} of '{column.LogicalName}' overflows a whole number."),
        ColumnType.BigInt => (long)total,
        ColumnType.Double => (double)total,
        _ => total,
    };
}
