using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Periods;

/// <summary>
/// Generates the fiscal periods of an organisation whose fiscal year starts on the 1st of <see cref="StartMonth"/>.
/// A fiscal year is named by the calendar year in which it starts (with an April start, FY2026 runs
/// 1 Apr 2026 – 31 Mar 2027), and months are numbered by fiscal month (M01 is April there).
/// </summary>
public sealed record FiscalCalendar
{
    private FiscalCalendar(int startMonth) => StartMonth = startMonth;

    /// <summary>Calendar month (1–12) on whose 1st every fiscal year starts.</summary>
    public int StartMonth { get; }

    public static FiscalCalendar CalendarYear { get; } = new(1);

    public static Validated<FiscalCalendar> Create(int startMonth) =>
        startMonth < 1 || startMonth > 12
            ? Validated<FiscalCalendar>.Failure(RuleViolation.Of(RuleCodes.FiscalYearStartMonthInvalid, startMonth))
            : Validated<FiscalCalendar>.Success(new FiscalCalendar(startMonth));

    /// <summary>The fiscal year (named by its starting calendar year) that contains <paramref name="date"/>.</summary>
    public int FiscalYearOf(CalendarDate date) => date.Month >= StartMonth ? date.Year : date.Year - 1;

    public DateRange YearRange(int fiscalYear)
    {
        var start = CalendarDate.Create(fiscalYear, StartMonth, 1);
        return DateRange.Of(start, start.AddMonths(12).AddDays(-1));
    }

    /// <summary>The year, its 2 halves, 4 quarters and 12 months, in that order, each in date order.</summary>
    public IReadOnlyList<FiscalPeriod> Generate(int fiscalYear)
    {
        var periods = new List<FiscalPeriod> { Period(fiscalYear, PeriodType.Year, 1) };
        periods.AddRange(Enumerable.Range(1, 2).Select(n => Period(fiscalYear, PeriodType.HalfYear, n)));
        periods.AddRange(Enumerable.Range(1, 4).Select(n => Period(fiscalYear, PeriodType.Quarter, n)));
        periods.AddRange(Enumerable.Range(1, 12).Select(n => Period(fiscalYear, PeriodType.Month, n)));
        return periods;
    }

    /// <summary>The year, half, quarter and month that contain <paramref name="date"/>, in that order.</summary>
    public IReadOnlyList<FiscalPeriod> PeriodsContaining(CalendarDate date)
    {
        var fiscalYear = FiscalYearOf(date);
        var fiscalMonth = FiscalMonthOf(date);
        return new[]
        {
            Period(fiscalYear, PeriodType.Year, 1),
            Period(fiscalYear, PeriodType.HalfYear, ((fiscalMonth - 1) / 6) + 1),
            Period(fiscalYear, PeriodType.Quarter, ((fiscalMonth - 1) / 3) + 1),
            Period(fiscalYear, PeriodType.Month, fiscalMonth),
        };
    }

    /// <summary>The period of <paramref name="type"/> containing <paramref name="date"/>.</summary>
    public FiscalPeriod PeriodContaining(CalendarDate date, PeriodType type) =>
        PeriodsContaining(date).Single(p => p.Type == type);

    /// <summary>The period of the same type and position in the previous fiscal year (FY2026-Q2 → FY2025-Q2).</summary>
    public FiscalPeriod OneFiscalYearEarlier(FiscalPeriod period)
    {
        if (period is null)
        {
            throw new ArgumentNullException(nameof(period));
        }

        return PeriodContaining(period.Start.AddYears(-1), period.Type);
    }

    /// <summary>1 for the fiscal year's first month, 12 for its last.</summary>
    public int FiscalMonthOf(CalendarDate date) => ((date.Month - StartMonth + 12) % 12) + 1;

    /// <summary>The <paramref name="ordinal"/>-th period of <paramref name="type"/> in <paramref name="fiscalYear"/> (1-based).</summary>
    public FiscalPeriod Period(int fiscalYear, PeriodType type, int ordinal)
    {
        var months = MonthsIn(type);
        var count = 12 / months;
        if (ordinal < 1 || ordinal > count)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "A fiscal year has " + count + " periods of type " + type + ".");
        }

        var yearStart = CalendarDate.Create(fiscalYear, StartMonth, 1);
        var start = yearStart.AddMonths((ordinal - 1) * months);
        var range = DateRange.Of(start, start.AddMonths(months).AddDays(-1));
        var fy = fiscalYear.ToString(CultureInfo.InvariantCulture);
        var yearCode = "FY" + fy;
        var n = ordinal.ToString(CultureInfo.InvariantCulture);
        switch (type)
        {
            case PeriodType.Year:
                return FiscalPeriod.Create(yearCode, type, range, fiscalYear, null, BilingualText.Of(yearCode, fy + "财年"));
            case PeriodType.HalfYear:
                return FiscalPeriod.Create(
                    yearCode + "-H" + n, type, range, fiscalYear, yearCode,
                    BilingualText.Of(yearCode + " H" + n, fy + "财年" + (ordinal == 1 ? "上半年" : "下半年")));
            case PeriodType.Quarter:
                return FiscalPeriod.Create(
                    yearCode + "-Q" + n, type, range, fiscalYear, yearCode + "-H" + (((ordinal - 1) / 2) + 1).ToString(CultureInfo.InvariantCulture),
                    BilingualText.Of(yearCode + " Q" + n, fy + "财年第" + n + "季度"));
            default:
                var mm = ordinal.ToString("00", CultureInfo.InvariantCulture);
                var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(start.Month);
                var calendar = start.Year.ToString(CultureInfo.InvariantCulture);
                return FiscalPeriod.Create(
                    yearCode + "-M" + mm, type, range, fiscalYear, yearCode + "-Q" + (((ordinal - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture),
                    BilingualText.Of(
                        yearCode + " M" + mm + " (" + monthName + " " + calendar + ")",
                        fy + "财年第" + n + "个月（" + calendar + "年" + start.Month.ToString(CultureInfo.InvariantCulture) + "月）"));
        }
    }

    /// <summary>Length of a period type in months.</summary>
    public static int MonthsIn(PeriodType type) => type switch
    {
        PeriodType.Year => 12,
        PeriodType.HalfYear => 6,
        PeriodType.Quarter => 3,
        PeriodType.Month => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown period type."),
    };
}
