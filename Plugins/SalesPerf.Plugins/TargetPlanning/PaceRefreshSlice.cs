using System;
using System.Collections.Generic;
using System.Globalization;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// One bounded slice of the scheduled refresh of pace and projections (<c>spm_RefreshPace</c>): one page of the active
/// targets of one period running on the run's day, recomputed by the engine exactly as the target stage of
/// <c>spm_Recalculate</c> does (<see cref="BulkRecalculation"/>), then the cursor of the next. No statements and no
/// ranks: neither moves with the calendar. The run's day is the operation's day of its first slice and is kept in the
/// cursor, so a run that crosses midnight finishes the periods it started with.
/// </summary>
internal static class PaceRefreshSlice
{
    /// <summary>The scope prefix of a refresh cursor; the rest is the run's day (yyyyMMdd).</summary>
    public const string ScopePrefix = "pace:";

    public static SliceOutcome Run(LocalPluginContext context, RecalculationCursor? cursor, int size)
    {
        var day = cursor is null ? CalendarDate.FromDateTime(context.Clock.UtcToday) : DayOf(cursor);
        var scope = ScopeOf(day);
        var periods = RecalculationPeriods.RunningOn(context, day);
        if (periods.Count == 0)
        {
            context.Trace("No period runs on {0}: nothing to refresh.", day);
            return SliceOutcome.Finished(0, 0);
        }

        var at = cursor ?? RecalculationCursor.Start(scope, periods[0]);
        var index = IndexOf(periods, at.PeriodId);
        var page = BulkRecalculation.Run(context, at.PeriodId, null, size, at.Page, at.Cookie);
        var rowsDone = at.RowsDone + page.Done;
        if (page.MoreRecords)
        {
            var next = at with { Page = at.Page + 1, Cookie = page.PagingCookie, RowsDone = rowsDone };
            return new SliceOutcome(page.Done, 0, next, Estimate(next, periods.Count - index - 1, size));
        }

        if (index + 1 >= periods.Count)
        {
            return SliceOutcome.Finished(page.Done, 0);
        }

        var following = RecalculationCursor.Start(scope, periods[index + 1]) with { RowsDone = rowsDone, PeriodsDone = at.PeriodsDone + 1 };
        return new SliceOutcome(page.Done, 0, following, Estimate(following, periods.Count - index - 2, size));
    }

    public static string ScopeOf(CalendarDate day) => ScopePrefix + day.ToDateTime().ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="scope"/> is the scope of a refresh run (whatever its day).</summary>
    public static bool IsRefreshScope(string scope) => scope.StartsWith(ScopePrefix, StringComparison.Ordinal);

    private static CalendarDate DayOf(RecalculationCursor cursor)
    {
        if (cursor.Stage != RecalculationStage.Targets
            || !DateTime.TryParseExact(cursor.Scope.Substring(ScopePrefix.Length), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day))
        {
            throw new CursorRejectedException(RecalculationMessages.CursorChanged, "not a refresh cursor of a known day and stage");
        }

        return CalendarDate.FromDateTime(day);
    }

    private static int IndexOf(IReadOnlyList<Guid> periods, Guid periodId)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i] == periodId)
            {
                return i;
            }
        }

        throw new CursorRejectedException(RecalculationMessages.CursorPeriodGone, "period " + periodId.ToString("D") + " no longer runs on the run's day");
    }

    /// <summary>Rows left, estimated as for <c>spm_Recalculate</c>: one slice for the current period plus the average rows of a finished period for each period after it (one slice each before any finished).</summary>
    private static int Estimate(RecalculationCursor next, int periodsAfter, int size)
    {
        var perPeriod = next.PeriodsDone > 0 ? (long)Math.Ceiling((double)next.RowsDone / next.PeriodsDone) : size;
        var estimate = size + perPeriod * Math.Max(0, periodsAfter);
        return (int)Math.Min(int.MaxValue, Math.Max(1L, estimate));
    }
}
