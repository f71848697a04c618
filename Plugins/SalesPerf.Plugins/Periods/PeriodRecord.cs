using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Periods;

/// <summary>Maps <c>spm_period</c> rows to the domain's <see cref="FiscalPeriod"/> at the boundary.</summary>
internal static class PeriodRecord
{
    /// <summary>The columns <see cref="ToFiscalPeriod"/> reads.</summary>
    public static ColumnSet Columns() => new(
        PeriodColumns.Name, PeriodColumns.Code, PeriodColumns.PeriodType, PeriodColumns.StartDate, PeriodColumns.EndDate,
        PeriodColumns.FiscalYear);

    /// <summary>The stored period, or null when it lacks a code, type or dates (a half-entered row).</summary>
    public static FiscalPeriod? ToFiscalPeriod(Entity row)
    {
        var code = row.GetAttributeValue<string>(PeriodColumns.Code);
        var type = Type(row);
        var start = Date(row, PeriodColumns.StartDate);
        var end = Date(row, PeriodColumns.EndDate);
        if (string.IsNullOrWhiteSpace(code) || type is null || start is null || end is null || end < start)
        {
            return null;
        }

        var name = row.GetAttributeValue<string>(PeriodColumns.Name) ?? code!;
        return FiscalPeriod.Create(
            code!, type.Value, DateRange.Of(start.Value, end.Value), row.GetAttributeValue<int?>(PeriodColumns.FiscalYear) ?? start.Value.Year,
            null, BilingualText.Of(name, name));
    }

    public static PeriodType? Type(Entity row)
    {
        var value = row.GetAttributeValue<OptionSetValue>(PeriodColumns.PeriodType)?.Value;
        return value is int v && Enum.IsDefined(typeof(PeriodType), v) ? (PeriodType)v : null;
    }

    /// <summary>A date-only column as a date; the value is stored without time, so its date part is the date.</summary>
    public static CalendarDate? Date(Entity row, string column)
    {
        var value = row.GetAttributeValue<DateTime?>(column);
        return value is DateTime date ? CalendarDate.FromDateTime(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null;
    }

    /// <summary>The period's name for messages: name, else code, else "-" (never its id).</summary>
    public static string DisplayName(Entity row) =>
        row.GetAttributeValue<string>(PeriodColumns.Name) is { Length: > 0 } name ? name
        : row.GetAttributeValue<string>(PeriodColumns.Code) is { Length: > 0 } code ? code
        : "-";
}
