using System;
using System.Collections.Generic;
using SalesPerf.SolutionModel.Flows;

namespace SalesPerf.LocalOrg.Scheduling;

/// <summary>
/// When a Recurrence trigger fires, in UTC: a Day recurrence on every <c>interval</c>-th day counted from the day the
/// flow was turned on, at each of its hours × minutes (00:00 when none are given); an Hour recurrence every
/// <c>interval</c> hours counted from the hour it was turned on, at each of its minutes (:00 when none).
/// </summary>
internal static class Occurrences
{
    /// <summary>The firings t with <paramref name="after"/> &lt; t ≤ <paramref name="until"/>, in order.</summary>
    public static IEnumerable<DateTime> Between(FlowRecurrence recurrence, DateTime anchor, DateTime after, DateTime until)
    {
        var minutes = recurrence.Minutes.Count == 0 ? new[] { 0 } : (IReadOnlyList<int>)recurrence.Minutes;
        if (recurrence.Frequency == FlowRecurrence.Hour)
        {
            var hour = new DateTime(anchor.Year, anchor.Month, anchor.Day, anchor.Hour, 0, 0, DateTimeKind.Utc);
            for (; hour <= until; hour = hour.AddHours(recurrence.Interval))
            {
                foreach (var minute in minutes)
                {
                    var at = hour.AddMinutes(minute);
                    if (at > after && at <= until)
                    {
                        yield return at;
                    }
                }
            }

            yield break;
        }

        var hours = recurrence.Hours.Count == 0 ? new[] { 0 } : (IReadOnlyList<int>)recurrence.Hours;
        for (var day = anchor.Date; day <= until; day = day.AddDays(recurrence.Interval))
        {
            foreach (var h in hours)
            {
                foreach (var minute in minutes)
                {
                    var at = DateTime.SpecifyKind(day.AddHours(h).AddMinutes(minute), DateTimeKind.Utc);
                    if (at > after && at <= until)
                    {
                        yield return at;
                    }
                }
            }
        }
    }
}
