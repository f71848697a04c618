using System;
using System.Globalization;

namespace SalesPerf.Domain.Periods;

/// <summary>
/// A date without time or time zone (period dates are date-only and inclusive). .NET Framework 4.6.2 has
/// no DateOnly, so this small value stands in for it. Converting a UTC instant to the organisation's
/// local date is the caller's job, at the edge.
/// </summary>
public readonly record struct CalendarDate : IComparable<CalendarDate>
{
    private readonly int _dayNumber;

    private CalendarDate(int dayNumber) => _dayNumber = dayNumber;

    public int Year => ToDateTime().Year;

    public int Month => ToDateTime().Month;

    public int Day => ToDateTime().Day;

    /// <summary>Days since 0001-01-01 (that date is 0).</summary>
    public int DayNumber => _dayNumber;

    public bool IsLastDayOfMonth => Day == DateTime.DaysInMonth(Year, Month);

    public static CalendarDate Create(int year, int month, int day)
    {
        if (year < 1 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1–9999.");
        }

        if (month < 1 || month > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1–12.");
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "No such day in that month.");
        }

        return FromDateTime(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc));
    }

    /// <summary>The date part of a UTC or unspecified <see cref="DateTime"/>; local times are refused (convert at the edge).</summary>
    public static CalendarDate FromDateTime(DateTime value)
    {
        if (value.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("Pass a UTC date; local server time is never used.", nameof(value));
        }

        return new CalendarDate((int)(value.Date.Ticks / TimeSpan.TicksPerDay));
    }

    /// <summary>Parses <c>yyyy-MM-dd</c>.</summary>
    public static CalendarDate Parse(string text)
    {
        var value = DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);
        return FromDateTime(DateTime.SpecifyKind(value, DateTimeKind.Utc));
    }

    /// <summary>Midnight UTC at the start of this date.</summary>
    public DateTime ToDateTime() => new(_dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Utc);

    public CalendarDate AddDays(int days) => new(checked(_dayNumber + days));

    /// <summary>Calendar months; the day is clipped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb).</summary>
    public CalendarDate AddMonths(int months) => FromDateTime(ToDateTime().AddMonths(months));

    /// <summary>Calendar years; 29 Feb becomes 28 Feb in a common year.</summary>
    public CalendarDate AddYears(int years) => FromDateTime(ToDateTime().AddYears(years));

    /// <summary>Whole days from this date to <paramref name="other"/> (negative when other is earlier).</summary>
    public int DaysUntil(CalendarDate other) => other._dayNumber - _dayNumber;

    public int CompareTo(CalendarDate other) => _dayNumber.CompareTo(other._dayNumber);

    public static bool operator <(CalendarDate left, CalendarDate right) => left._dayNumber < right._dayNumber;

    public static bool operator >(CalendarDate left, CalendarDate right) => left._dayNumber > right._dayNumber;

    public static bool operator <=(CalendarDate left, CalendarDate right) => left._dayNumber <= right._dayNumber;

    public static bool operator >=(CalendarDate left, CalendarDate right) => left._dayNumber >= right._dayNumber;

    public static CalendarDate Min(CalendarDate a, CalendarDate b) => a <= b ? a : b;

    public static CalendarDate Max(CalendarDate a, CalendarDate b) => a >= b ? a : b;

    public override string ToString() => ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
