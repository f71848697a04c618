using System;

namespace SalesPerf.Domain.Okrs;

/// <summary>
/// The period a check-in covers: from its meeting day until the next meeting of its cadence, i.e. 7 days for Weekly
/// (the meeting day and the 6 after it) and one calendar month for Monthly (16 Feb → 15 Mar). No cadence is Weekly.
/// The agenda lists the development items due in or before it (docs/domain-rules.md "People side: alignment, agendas,
/// honours").
/// </summary>
public static class CheckInPeriod
{
    public const int Weekly = 100000000;
    public const int Monthly = 100000001;

    /// <summary>The last day of the period, a date (time of day dropped).</summary>
    public static DateTime LastDay(DateTime meetingDay, int? cadence) => cadence == Monthly
        ? meetingDay.Date.AddMonths(1).AddDays(-1)
        : meetingDay.Date.AddDays(6);
}
