using SalesPerf.Domain.Money;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Targets;

/// <summary>Expected-to-date value of a target (domain.md §4).</summary>
public static class Pace
{
    /// <summary>
    /// target × (today − start) ÷ (end − start), differences in days, clamped to [0, target] and rounded with
    /// <see cref="CurrencyRounding"/>. 1 Jan – 31 Mar 2026 on 14 Feb: 100,000 × 44 ÷ 89 = 49,438.20.
    /// On or after the last day the whole target is expected (which also settles a one-day period).
    /// </summary>
    public static decimal ExpectedToDate(decimal targetValue, DateRange period, CalendarDate today)
    {
        if (today >= period.End)
        {
            return targetValue;
        }

        if (today <= period.Start)
        {
            return 0m;
        }

        decimal elapsed = period.Start.DaysUntil(today);
        decimal length = period.Start.DaysUntil(period.End);
        return CurrencyRounding.Round(targetValue * elapsed / length);
    }
}
