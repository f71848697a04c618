using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// The caller's side of <c>spm_RefreshPace</c> (for <c>spm</c>, the local organisation's scheduler and tests; never used
/// inside a plug-in): sends one slice, or slices with the returned cursor until IsDone — what the scheduled cloud flow's
/// loop does.
/// </summary>
public static class RefreshPaceRun
{
    /// <summary>One call: the slice after <paramref name="cursor"/> (null or empty starts the run).</summary>
    public static RecalculateSlice Slice(IOrganizationService service, string? cursor, int? sliceSize = null)
    {
        var request = new OrganizationRequest(RefreshPaceApi.ApiName);
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
            0,
            response.Results[RecalculateApi.NextCursorProperty] as string ?? string.Empty,
            (bool)response.Results[RecalculateApi.IsDoneProperty],
            (int)response.Results[RecalculateApi.RemainingProperty]);
    }

    /// <summary>Slices until IsDone, starting at <paramref name="cursor"/> (a run interrupted there resumes); the targets recomputed and the slices sent.</summary>
    public static RecalculateTotals ToEnd(IOrganizationService service, int? sliceSize = null, Action<RecalculateSlice>? progress = null, string? cursor = null)
    {
        var totals = new RecalculateTotals(0, 0, 0);
        while (true)
        {
            var slice = Slice(service, cursor, sliceSize);
            totals = new RecalculateTotals(totals.Targets + slice.Targets, 0, totals.Slices + 1);
            progress?.Invoke(slice);
            if (slice.IsDone)
            {
                return totals;
            }

            cursor = slice.NextCursor;
        }
    }
}
