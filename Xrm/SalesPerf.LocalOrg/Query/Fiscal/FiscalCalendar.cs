using System;
using System.Globalization;

namespace SalesPerf.LocalOrg.Query.Fiscal;

/// <summary>The organisation's fiscal year: where it starts, how it is divided and how it is named (semantics doc 3.5).</summary>
internal sealed class FiscalCalendar
{
    private readonly OrganizationSettings settings;

    public FiscalCalendar(OrganizationSettings settings)
    {
        if (settings.FiscalYearStartMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.FiscalYearStartMonth, "The fiscal year start month must be 1–12.");
        }

        if (settings.FiscalYearStartDay < 1 || settings.FiscalYearStartDay > DateTime.DaysInMonth(2001, settings.FiscalYearStartMonth))
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.FiscalYearStartDay, "The fiscal year start day does not exist in its month.");
        }

        this.settings = settings;
        PeriodsPerYear = settings.FiscalPeriodType switch
        {
            FiscalPeriodType.Annually => 1,
            FiscalPeriodType.SemiAnnually => 2,
            FiscalPeriodType.Quarterly => 4,
            FiscalPeriodType.Monthly => 12,
            _ => throw new NotSupportedException($"Fiscal period type {settings.FiscalPeriodType} is not supported."),
        };
    }

    public int PeriodsPerYear { get; }

    private int MonthsPerPeriod => 12 / PeriodsPerYear;

    public FiscalPosition PositionOf(DateOnly date)
    {
        var start = YearStartOnOrBefore(date);
        var monthsIn = MonthsBetween(start, date);
        return new FiscalPosition(YearName(start), (monthsIn / MonthsPerPeriod) + 1, PeriodsPerYear);
    }

    /// <summary>1-based quarter of the fiscal year (dategrouping quarter, semantics doc 3.6).</summary>
    public int QuarterOf(DateOnly date) => (MonthsBetween(YearStartOnOrBefore(date), date) / 3) + 1;

    public string PeriodLabel(FiscalPosition position)
    {
        var format = settings.FiscalPeriodFormat ?? settings.FiscalPeriodType switch
        {
            FiscalPeriodType.Monthly => "Month {0}",
            FiscalPeriodType.SemiAnnually => "Semester {0}",
            FiscalPeriodType.Annually => "Annual",
            _ => "Quarter {0}",
        };
        return string.Format(CultureInfo.InvariantCulture, format, position.Period) + " " + YearLabel(position.Year);
    }

    public string YearLabel(int year) => settings.FiscalYearPrefix + year.ToString(CultureInfo.InvariantCulture);

    private DateOnly YearStartOnOrBefore(DateOnly date)
    {
        var start = new DateOnly(date.Year, settings.FiscalYearStartMonth, settings.FiscalYearStartDay);
        return start <= date ? start : start.AddYears(-1);
    }

    private int YearName(DateOnly start) =>
        settings.FiscalYearNamedByEndYear ? start.AddYears(1).AddDays(-1).Year : start.Year;

    // Whole fiscal months: a month boundary falls on the start day, not on the 1st.
    private int MonthsBetween(DateOnly start, DateOnly date)
    {
        var months = ((date.Year - start.Year) * 12) + date.Month - start.Month;
        return date.Day < start.Day ? months - 1 : months;
    }
}
