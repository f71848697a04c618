using System.Globalization;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Periods;

/// <summary>
/// Completes a year being created: the fiscal year (from <c>spm_fiscalyear</c>, else from the start date), the start
/// and end dates, the code (<c>FY2026</c>) and the name, all from the organisation's fiscal calendar. Given dates
/// that differ from the calendar's year are SPM-PER-007; a fiscal year outside 1901–9998 is SPM-PER-008.
/// </summary>
internal static class YearCompletion
{
    /// <summary>
    /// The fiscal years whose every period, for any fiscal start month, has dates the platform stores (1753–9999) and
    /// the calendar can name: one year inside the column's own range (spm_fiscalyear, 1900–9999) at either end.
    /// </summary>
    public const int FirstFiscalYear = 1901;

    public const int LastFiscalYear = 9998;

    public static void Complete(LocalPluginContext context, Entity year)
    {
        var calendar = OrganizationCalendar.Read(context.SystemService, out var organizationName);
        if (!calendar.IsValid)
        {
            throw context.RuleError(organizationName, calendar.Violations);
        }

        var start = PeriodRecord.Date(year, PeriodColumns.StartDate);
        var end = PeriodRecord.Date(year, PeriodColumns.EndDate);
        var fiscalYear = year.GetAttributeValue<int?>(PeriodColumns.FiscalYear)
            ?? (start is CalendarDate s ? calendar.Value.FiscalYearOf(s) : (int?)null);
        if (fiscalYear is null)
        {
            context.Trace("Neither a fiscal year nor a start date; left to the period validation.");
            return;
        }

        if (fiscalYear.Value < FirstFiscalYear || fiscalYear.Value > LastFiscalYear)
        {
            throw context.BusinessError(
                PeriodMessages.FiscalYearOutOfRange,
                PeriodRecord.DisplayName(year),
                fiscalYear.Value.ToString(CultureInfo.InvariantCulture),
                FirstFiscalYear.ToString(CultureInfo.InvariantCulture),
                LastFiscalYear.ToString(CultureInfo.InvariantCulture));
        }

        var expected = calendar.Value.Period(fiscalYear.Value, PeriodType.Year, 1);
        if ((start is CalendarDate given && given != expected.Start) || (end is CalendarDate last && last != expected.End))
        {
            throw context.BusinessError(
                PeriodMessages.YearOffFiscalCalendar,
                PeriodRecord.DisplayName(year),
                fiscalYear.Value.ToString(CultureInfo.InvariantCulture),
                expected.Start.ToString(),
                expected.End.ToString());
        }

        year[PeriodColumns.FiscalYear] = fiscalYear.Value;
        year[PeriodColumns.StartDate] = expected.Start.ToDateTime();
        year[PeriodColumns.EndDate] = expected.End.ToDateTime();
        if (string.IsNullOrWhiteSpace(year.GetAttributeValue<string>(PeriodColumns.Code)))
        {
            year[PeriodColumns.Code] = expected.Code;
        }

        if (string.IsNullOrWhiteSpace(year.GetAttributeValue<string>(PeriodColumns.Name)))
        {
            year[PeriodColumns.Name] = expected.Name.English;
        }

        context.Trace("Year {0} completed from a fiscal calendar starting in month {1}.", expected.Code, calendar.Value.StartMonth);
    }
}
