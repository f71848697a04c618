using System;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Periods;

/// <summary>An inclusive range of dates: both <see cref="Start"/> and <see cref="End"/> belong to it.</summary>
public readonly record struct DateRange
{
    private DateRange(CalendarDate start, CalendarDate end)
    {
        Start = start;
        End = end;
    }

    public CalendarDate Start { get; }

    public CalendarDate End { get; }

    /// <summary>Number of days in the range, both ends counted (1 Jan – 31 Mar 2026 is 90).</summary>
    public int DayCount => Start.DaysUntil(End) + 1;

    /// <summary>Validated: an end before the start is <see cref="RuleCodes.PeriodEndBeforeStart"/>.</summary>
    public static Validated<DateRange> Create(CalendarDate start, CalendarDate end)
    {
        return end < start
            ? Validated<DateRange>.Failure(RuleViolation.Of(RuleCodes.PeriodEndBeforeStart, start, end))
            : Validated<DateRange>.Success(new DateRange(start, end));
    }

    /// <summary>For dates already known to be ordered; throws otherwise.</summary>
    public static DateRange Of(CalendarDate start, CalendarDate end) =>
        end < start
            ? throw new ArgumentException("End " + end + " precedes start " + start + ".", nameof(end))
            : new DateRange(start, end);

    public bool Contains(CalendarDate date) => date >= Start && date <= End;

    public bool Contains(DateRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>
    /// The same range one year earlier. A range ending on a month's last day keeps ending on that month's
    /// last day, so 1–29 Feb 2028 becomes 1–28 Feb 2027 and 1–28 Feb 2027 becomes 1–28 Feb 2026.
    /// </summary>
    public DateRange OneYearEarlier()
    {
        var end = End.AddYears(-1);
        if (End.IsLastDayOfMonth)
        {
            end = CalendarDate.Create(end.Year, end.Month, DateTime.DaysInMonth(end.Year, end.Month));
        }

        return new DateRange(Start.AddYears(-1), end);
    }

    /// <summary>
    /// The period of the same length just before this one. A range of whole months (first day to a month's last
    /// day) moves back by its number of months, so Q2 (1 Apr – 30 Jun) gives Q1 (1 Jan – 31 Mar) and March gives
    /// February (1–28 Feb); any other range moves back by its number of days.
    /// </summary>
    public DateRange Previous()
    {
        if (Start.Day == 1 && End.IsLastDayOfMonth)
        {
            var months = ((End.Year * 12) + End.Month) - ((Start.Year * 12) + Start.Month) + 1;
            return new DateRange(Start.AddMonths(-months), Start.AddDays(-1));
        }

        return new DateRange(Start.AddDays(-DayCount), Start.AddDays(-1));
    }

    public override string ToString() => Start + " – " + End;
}
