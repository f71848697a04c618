using System;
using System.Collections.Generic;
using SalesPerf.LocalOrg.Scheduling;
using SalesPerf.SolutionModel.Flows;

namespace SalesPerf.LocalOrg;

public sealed partial class LocalOrganization
{
    private ScheduledJobs? _scheduler;
    private DateTime _createdAt;
    private IReadOnlyList<ScheduledFlowDefinition>? _flows;

    /// <summary>
    /// The solution's scheduled cloud flows as the platform runs them (<see cref="ScheduledJobs"/>): off or on as packed;
    /// <c>Scheduler.TurnOn(name)</c> is the admin turning one on.
    /// </summary>
    public ScheduledJobs Scheduler => _scheduler ??= new ScheduledJobs(this, _flows ?? RepositoryFlows(), _createdAt);

    /// <summary>
    /// "Run scheduled jobs": moves the clock forward to <paramref name="utcNow"/> and runs every scheduled flow that is on
    /// at each of its occurrences since the organisation was created (or since the previous call), the clock set to each
    /// occurrence. Returns the runs.
    /// </summary>
    public IReadOnlyList<ScheduledRun> RunScheduledJobs(DateTime utcNow) => Scheduler.AdvanceTo(utcNow);

    private void InitialiseScheduling(LocalOrganizationOptions options)
    {
        _createdAt = options.UtcNow;
        _flows = options.ScheduledFlows;
    }

    private static IReadOnlyList<ScheduledFlowDefinition> RepositoryFlows()
    {
        try
        {
            return ScheduledFlowSource.LoadFromRepository(AppContext.BaseDirectory);
        }
        catch (System.IO.DirectoryNotFoundException)
        {
            return ScheduledFlowSource.LoadFromRepository(Environment.CurrentDirectory);
        }
    }
}
