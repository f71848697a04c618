using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Domain.Periods;

/// <summary>Look-ups over stored periods (which an administrator may have configured by hand).</summary>
public static class PeriodSearch
{
    /// <summary>The periods that contain <paramref name="date"/>, longest type first, then by start.</summary>
    public static IReadOnlyList<FiscalPeriod> Containing(IEnumerable<FiscalPeriod> periods, CalendarDate date) =>
        (periods ?? throw new ArgumentNullException(nameof(periods)))
            .Where(p => p.Range.Contains(date))
            .OrderBy(p => p.Type)
            .ThenBy(p => p.Start)
            .ToArray();

    /// <summary>The stored period of the same type starting one year earlier, or null when there is none.</summary>
    public static FiscalPeriod? OneFiscalYearEarlier(FiscalPeriod period, IEnumerable<FiscalPeriod> periods)
    {
        if (period is null)
        {
            throw new ArgumentNullException(nameof(period));
        }

        var start = period.Start.AddYears(-1);
        return (periods ?? throw new ArgumentNullException(nameof(periods)))
            .FirstOrDefault(p => p.Type == period.Type && p.Start == start);
    }

    /// <summary>Stored periods of <paramref name="childType"/> inside <paramref name="parent"/>, in date order.</summary>
    public static IReadOnlyList<FiscalPeriod> ChildrenOf(FiscalPeriod parent, PeriodType childType, IEnumerable<FiscalPeriod> periods)
    {
        if (parent is null)
        {
            throw new ArgumentNullException(nameof(parent));
        }

        return (periods ?? throw new ArgumentNullException(nameof(periods)))
            .Where(p => p.Type == childType && parent.Range.Contains(p.Range))
            .OrderBy(p => p.Start)
            .ToArray();
    }
}
