using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Scorecards;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// One bounded slice of a recalculation run: exactly one page of one stage of one period (targets, then statements,
/// then ranks; periods in <see cref="RecalculationPeriods"/> order), then the cursor of the next slice. Work is paged
/// by period and owner (never by id across the whole table), and a run of slices does what one unbounded
/// recalculation did, because every page is recomputed from source and written only where it changed.
/// </summary>
internal static class RecalculationSlice
{
    public static SliceOutcome Run(
        LocalPluginContext context, EntityReference? period, EntityReference? owner, RecalculationCursor? cursor, int size)
    {
        var scope = RecalculationCursor.ScopeOf(period?.Id, owner?.Id);
        var periods = RecalculationPeriods.InScope(context, period);
        if (periods.Count == 0)
        {
            return SliceOutcome.Finished(0, 0);
        }

        var at = cursor ?? RecalculationCursor.Start(scope, periods[0]);
        var index = IndexOf(periods, at.PeriodId);
        var targets = 0;
        var statements = 0;
        SlicePage page;
        switch (at.Stage)
        {
            case RecalculationStage.Targets:
                page = BulkRecalculation.Run(context, at.PeriodId, owner, size, at.Page, at.Cookie);
                targets = page.Done;
                break;
            case RecalculationStage.Statements:
                page = StatementRecalculation.Run(context, at.PeriodId, owner, SliceBounds.Statements(size), at.Page, at.Cookie);
                statements = page.Done;
                break;
            default:
                page = ScorecardRanker.RankPeriod(context, at.PeriodId, size);
                break;
        }

        var rowsDone = at.RowsDone + page.Done;
        if (page.MoreRecords)
        {
            var next = at.Stage == RecalculationStage.Ranks
                ? at with { RowsDone = rowsDone }
                : at with { Page = at.Page + 1, Cookie = page.PagingCookie, RowsDone = rowsDone };
            return new SliceOutcome(targets, statements, next, Estimate(next, periods.Count - index - 1, size));
        }

        if (at.Stage != RecalculationStage.Ranks)
        {
            var next = new RecalculationCursor(scope, at.PeriodId, at.Stage + 1, 1, null, rowsDone, at.PeriodsDone);
            return new SliceOutcome(targets, statements, next, Estimate(next, periods.Count - index - 1, size));
        }

        if (index + 1 >= periods.Count)
        {
            return SliceOutcome.Finished(targets, statements);
        }

        var following = RecalculationCursor.Start(scope, periods[index + 1]) with { RowsDone = rowsDone, PeriodsDone = at.PeriodsDone + 1 };
        return new SliceOutcome(targets, statements, following, Estimate(following, periods.Count - index - 2, size));
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

        throw new CursorRejectedException(RecalculationMessages.CursorPeriodGone, "period " + periodId.ToString("D") + " is not in scope");
    }

    /// <summary>
    /// Rows left, estimated: the average rows of a finished period times the periods after the current one, plus one
    /// slice for the current one. Before any period finished, one slice per stage and period left.
    /// </summary>
    private static int Estimate(RecalculationCursor next, int periodsAfter, int size)
    {
        var perPeriod = next.PeriodsDone > 0 ? (long)Math.Ceiling((double)next.RowsDone / next.PeriodsDone) : 3L * size;
        var estimate = size + perPeriod * Math.Max(0, periodsAfter);
        return (int)Math.Min(int.MaxValue, Math.Max(1L, estimate));
    }
}
