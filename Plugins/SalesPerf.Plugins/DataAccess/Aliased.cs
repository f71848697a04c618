using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Reads the <see cref="AliasedValue"/> columns of aggregate and linked results as plain values.</summary>
public static class Aliased
{
    public static object? Raw(Entity row, string alias) =>
        row is not null && row.Attributes.TryGetValue(alias, out var value)
            ? (value is AliasedValue aliased ? aliased.Value : value)
            : null;

    public static decimal? Number(Entity row, string alias) => Raw(row, alias) switch
    {
        null => null,
        Money money => money.Value,
        decimal value => value,
        int value => value,
        long value => value,
        double value => (decimal)value,
        OptionSetValue option => option.Value,
        var other => throw new InvalidCastException("Column '" + alias + "' is a " + other.GetType().Name + ", not a number."),
    };

    public static decimal NumberOrZero(Entity row, string alias) => Number(row, alias) ?? 0m;

    public static int? Int(Entity row, string alias) => Raw(row, alias) switch
    {
        null => null,
        int value => value,
        long value => (int)value,
        decimal value => (int)value,
        OptionSetValue option => option.Value,
        var other => throw new InvalidCastException("Column '" + alias + "' is a " + other.GetType().Name + ", not a whole number."),
    };

    public static Guid? Id(Entity row, string alias) => Raw(row, alias) switch
    {
        null => null,
        EntityReference reference => reference.Id,
        Guid id => id,
        var other => throw new InvalidCastException("Column '" + alias + "' is a " + other.GetType().Name + ", not a reference."),
    };

    public static EntityReference? Reference(Entity row, string alias) => Raw(row, alias) as EntityReference;

    public static bool? Flag(Entity row, string alias) => Raw(row, alias) switch
    {
        null => null,
        bool flag => flag,
        int value => value != 0,
        OptionSetValue option => option.Value != 0,
        var other => throw new InvalidCastException("Column '" + alias + "' is a " + other.GetType().Name + ", not a yes/no value."),
    };

    public static string? Text(Entity row, string alias) => Raw(row, alias) as string;

    public static DateTime? Date(Entity row, string alias) => Raw(row, alias) as DateTime?;
}
