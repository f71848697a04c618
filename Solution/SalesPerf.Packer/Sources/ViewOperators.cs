using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// The FetchXML condition operators a custom view may use (a subset of Fetch.xsd's <c>operator</c> enumeration that
/// the local organisation also evaluates), with how many values each takes and which columns it applies to.
/// </summary>
public static class ViewOperators
{
    public enum Arity
    {
        None,
        One,
        Many,
    }

    public enum Applies
    {
        Any,
        Ordered,
        Text,
        Date,
        User,
    }

    private static readonly FrozenDictionary<string, (Arity Arity, Applies Applies)> Known = new Dictionary<string, (Arity, Applies)>
    {
        ["eq"] = (Arity.One, Applies.Any),
        ["ne"] = (Arity.One, Applies.Any),
        ["lt"] = (Arity.One, Applies.Ordered),
        ["le"] = (Arity.One, Applies.Ordered),
        ["gt"] = (Arity.One, Applies.Ordered),
        ["ge"] = (Arity.One, Applies.Ordered),
        ["in"] = (Arity.Many, Applies.Any),
        ["not-in"] = (Arity.Many, Applies.Any),
        ["null"] = (Arity.None, Applies.Any),
        ["not-null"] = (Arity.None, Applies.Any),
        ["like"] = (Arity.One, Applies.Text),
        ["not-like"] = (Arity.One, Applies.Text),
        ["eq-userid"] = (Arity.None, Applies.User),
        ["ne-userid"] = (Arity.None, Applies.User),
        ["eq-userteams"] = (Arity.None, Applies.User),
        ["eq-useroruserteams"] = (Arity.None, Applies.User),
        ["on"] = (Arity.One, Applies.Date),
        ["on-or-before"] = (Arity.One, Applies.Date),
        ["on-or-after"] = (Arity.One, Applies.Date),
        ["today"] = (Arity.None, Applies.Date),
        ["yesterday"] = (Arity.None, Applies.Date),
        ["this-month"] = (Arity.None, Applies.Date),
        ["this-year"] = (Arity.None, Applies.Date),
        ["last-year"] = (Arity.None, Applies.Date),
        ["this-fiscal-year"] = (Arity.None, Applies.Date),
        ["last-fiscal-year"] = (Arity.None, Applies.Date),
        ["this-fiscal-period"] = (Arity.None, Applies.Date),
        ["last-fiscal-period"] = (Arity.None, Applies.Date),
        ["last-x-days"] = (Arity.One, Applies.Date),
        ["next-x-days"] = (Arity.One, Applies.Date),
        ["last-x-months"] = (Arity.One, Applies.Date),
        ["next-x-months"] = (Arity.One, Applies.Date),
        ["last-x-years"] = (Arity.One, Applies.Date),
        ["next-x-years"] = (Arity.One, Applies.Date),
        ["olderthan-x-days"] = (Arity.One, Applies.Date),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Names => Known.Keys;

    public static bool TryGet(string name, out Arity arity, out Applies applies)
    {
        var found = Known.TryGetValue(name, out var entry);
        (arity, applies) = entry;
        return found;
    }

    /// <summary>True when <paramref name="type"/> is a column the operator family can compare.</summary>
    public static bool Fits(Applies applies, ColumnType type) => applies switch
    {
        Applies.Any => type is not (ColumnType.Memo or ColumnType.MultiChoice),
        Applies.Ordered => type is ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money or ColumnType.DateTime,
        Applies.Text => type is ColumnType.String or ColumnType.Memo,
        Applies.Date => type == ColumnType.DateTime,
        Applies.User => type is ColumnType.Lookup or ColumnType.Owner or ColumnType.UniqueIdentifier,
        _ => false,
    };

    /// <summary>The date operators whose one value is a whole number (of days, months or years), not a date.</summary>
    public static bool TakesDayCount(string name) => name is "last-x-days" or "next-x-days" or "last-x-months" or "next-x-months" or "last-x-years" or "next-x-years"
        or "olderthan-x-days";
}
