using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// The caller's side of <c>spm_Recalculate</c> (for <c>spm</c>, the demo and tests; never used inside a plug-in):
/// sends one slice, or sends slices with the returned cursor until IsDone, reporting each slice.
/// </summary>
public static class RecalculateRun
{
    /// <summary>One call: the slice after <paramref name="cursor"/> (null or empty starts the run).</summary>
    public static RecalculateSlice Slice(
        IOrganizationService service, EntityReference? period, EntityReference? owner, string? cursor, int? sliceSize = null)
    {
        var request = new OrganizationRequest(RecalculateApi.ApiName);
        if (period is not null)
        {
            request[RecalculateApi.PeriodParameter] = period;
        }

        if (owner is not null)
        {
            request[RecalculateApi.OwnerParameter] = owner;
        }

        if (!string.IsNullOrEmpty(cursor))
        {
            request[RecalculateApi.CursorParameter] = cursor;
        }

        if (sliceSize.HasValue)
        {
            request[RecalculateApi.SliceSizeParameter] = sliceSize.Value;
        }

        var response = (service ?? throw new ArgumentNullException(nameof(service))).Execute(request);
        return new RecalculateSlice(
            (int)response.Results[RecalculateApi.TargetsProperty],
            (int)response.Results[RecalculateApi.StatementsProperty],
            response.Results[RecalculateApi.NextCursorProperty] as string ?? string.Empty,
            (bool)response.Results[RecalculateApi.IsDoneProperty],
            (int)response.Results[RecalculateApi.RemainingProperty]);
    }

    /// <summary>Slices until IsDone, starting at <paramref name="cursor"/> (a run interrupted there resumes); the sums of every slice.</summary>
    public static RecalculateTotals ToEnd(
        IOrganizationService service, EntityReference? period, EntityReference? owner, int? sliceSize = null,
        Action<RecalculateSlice>? progress = null, string? cursor = null)
    {
        var totals = new RecalculateTotals(0, 0, 0);
        while (true)
        {
            var slice = Slice(service, period, owner, cursor, sliceSize);
            totals = new RecalculateTotals(totals.Targets + slice.Targets, totals.Statements + slice.Statements, totals.Slices + 1);
            progress?.Invoke(slice);
            if (slice.IsDone)
            {
                return totals;
            }

            cursor = slice.NextCursor;
        }
    }
}
