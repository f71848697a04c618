using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Query.Conditions;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Aggregation;

/// <summary>
/// dategrouping values (doc 3.6): day of month, week of year, month of year, quarter of the fiscal year and
/// calendar year as int; fiscal-period and fiscal-year as labels ("Quarter 1 FY2026", "FY2026"). UserLocal values
/// are taken in the organisation's time zone unless usertimezone="false"; DateOnly values as stored.
/// Week of year counts like SQL DATEPART(week): week 1 holds 1 January and weeks start on the organisation's
/// first day of the week (not verified against the platform).
/// </summary>
internal static class DateGrouping
{
    public static object Group(DateTime stored, ColumnDefinition column, AggregateColumn spec, EvaluationContext context)
    {
        var local = spec.UserTimeZone ? context.LocalDateTime(stored, column) : stored;
        var date = DateOnly.FromDateTime(local);
        return spec.DateGrouping switch
        {
            XrmDateTimeGrouping.Day => date.Day,
            XrmDateTimeGrouping.Week => WeekOfYear(date, context.Settings.FirstDayOfWeek),
            XrmDateTimeGrouping.Month => date.Month,
            XrmDateTimeGrouping.Quarter => context.Fiscal.QuarterOf(date),
            XrmDateTimeGrouping.Year => date.Year,
            XrmDateTimeGrouping.FiscalPeriod => context.Fiscal.PeriodLabel(context.Fiscal.PositionOf(date)),
            XrmDateTimeGrouping.FiscalYear => context.Fiscal.YearLabel(context.Fiscal.PositionOf(date).Year),
            _ => throw new NotSupportedException($"Date grouping {spec.DateGrouping} is not supported."),
        };
    }

    private static int WeekOfYear(DateOnly date, DayOfWeek firstDay)
    {
        var january1 = new DateOnly(date.Year, 1, 1);
        var offset = ((int)january1.DayOfWeek - (int)firstDay + 7) % 7;
        return ((date.DayOfYear - 1 + offset) / 7) + 1;
    }
}
