using System;
using System.Collections.Generic;

namespace SalesPerf.LocalOrg.Scheduling;

/// <summary>
/// One run of a scheduled flow: when it fired, the action it called, the plug-in service calls each call made, the targets
/// recomputed, and whether the loop ended on IsDone (a failed call fails the run, as in Power Automate: <see cref="Error"/>).
/// </summary>
public sealed record ScheduledRun(string Flow, DateTime FiredAt, string Action, IReadOnlyList<int> CallsPerSlice, int Targets, bool Finished, string? Error)
{
    public int Slices => CallsPerSlice.Count;
}
