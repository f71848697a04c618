using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.SolutionModel.Flows;

namespace SalesPerf.LocalOrg.Scheduling;

/// <summary>
/// The platform's scheduler for the solution's scheduled cloud flows (Solution/Flows): each flow starts on or off as it
/// is packed (<see cref="ScheduledFlowDefinition.Enabled"/>), an admin turns it on or off, and
/// <see cref="AdvanceTo"/> moves the organisation's clock forward, running every flow that is on at each of its
/// occurrences on the way (the clock set to the occurrence), through the administrator's service (the user whose
/// connection the connection reference is bound to). What runs is the packed definition (<see cref="FlowProgram"/>).
/// </summary>
public sealed class ScheduledJobs
{
    private readonly LocalOrganization _org;
    private readonly Dictionary<string, Job> _jobs;
    private DateTime _since;

    internal ScheduledJobs(LocalOrganization org, IEnumerable<ScheduledFlowDefinition> flows, DateTime since)
    {
        _org = org;
        _since = since;
        _jobs = flows.ToDictionary(
            f => f.UniqueName,
            f => new Job(f, FlowProgram.Read(ScheduledFlowJson.Document(f))) { IsOn = f.Enabled, Anchor = since },
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The flows' unique names.</summary>
    public IReadOnlyCollection<string> Flows => _jobs.Keys;

    /// <summary>Every run so far, in order.</summary>
    public List<ScheduledRun> History { get; } = [];

    public bool IsOn(string flow) => Get(flow).IsOn;

    /// <summary>What an admin does after binding the connection reference: turn the flow on (its recurrence counts from now).</summary>
    public void TurnOn(string flow)
    {
        var job = Get(flow);
        if (!job.IsOn)
        {
            job.IsOn = true;
            job.Anchor = _org.Clock.UtcNow;
        }
    }

    public void TurnOff(string flow) => Get(flow).IsOn = false;

    /// <summary>Moves the clock to <paramref name="utcNow"/> (never back), running every flow that is on at each occurrence in between.</summary>
    public IReadOnlyList<ScheduledRun> AdvanceTo(DateTime utcNow)
    {
        var until = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);
        if (until < _org.Clock.UtcNow)
        {
            throw new ArgumentOutOfRangeException(nameof(utcNow), "The clock does not go back: " + until.ToString("O") + " is before " + _org.Clock.UtcNow.ToString("O") + ".");
        }

        var since = _since > _org.Clock.UtcNow ? _org.Clock.UtcNow : _since;
        var due = _jobs.Values
            .Where(j => j.IsOn)
            .SelectMany(j => Occurrences.Between(j.Program.Recurrence, j.Anchor, Max(since, j.Anchor), until).Select(at => (At: at, Job: j)))
            .OrderBy(d => d.At)
            .ThenBy(d => d.Job.Flow.UniqueName, StringComparer.Ordinal)
            .ToList();
        var runs = new List<ScheduledRun>();
        foreach (var (at, job) in due)
        {
            _org.Clock.UtcNow = at;
            runs.Add(Run(job, at));
        }

        _org.Clock.UtcNow = until;
        _since = until;
        History.AddRange(runs);
        return runs;
    }

    private ScheduledRun Run(Job job, DateTime at)
    {
        var program = job.Program;
        var calls = new List<int>();
        var targets = 0;
        var cursor = string.Empty;
        try
        {
            for (var slice = 0; slice < program.MaxSlices; slice++)
            {
                var request = new OrganizationRequest(program.Action) { [program.CursorParameter] = cursor };
                foreach (var (name, value) in program.Arguments)
                {
                    request[name] = value;
                }

                var before = _org.ServiceCalls.Total;
                var response = _org.Service.Execute(request);
                calls.Add(_org.ServiceCalls.Total - before);
                targets += response.Results.TryGetValue("Targets", out var done) && done is int count ? count : 0;
                cursor = response.Results.TryGetValue("NextCursor", out var next) ? next as string ?? string.Empty : string.Empty;
                if (response.Results.TryGetValue("IsDone", out var isDone) && isDone is true)
                {
                    return new ScheduledRun(job.Flow.UniqueName, at, program.Action, calls, targets, true, null);
                }
            }

            return new ScheduledRun(job.Flow.UniqueName, at, program.Action, calls, targets, false, "the loop reached its count of " + program.MaxSlices);
        }
        catch (Exception failure) when (failure is System.ServiceModel.FaultException or InvalidPluginExecutionException)
        {
            return new ScheduledRun(job.Flow.UniqueName, at, program.Action, calls, targets, false, failure.Message);
        }
    }

    private Job Get(string flow) =>
        _jobs.TryGetValue(flow, out var job) ? job : throw new ArgumentException("No scheduled flow is named '" + flow + "'.", nameof(flow));

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private sealed class Job(ScheduledFlowDefinition flow, FlowProgram program)
    {
        public ScheduledFlowDefinition Flow { get; } = flow;
        public FlowProgram Program { get; } = program;
        public bool IsOn { get; set; }
        public DateTime Anchor { get; set; }
    }
}
