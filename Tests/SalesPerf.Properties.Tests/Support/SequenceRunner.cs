using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Events;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>
/// Sends a sequence of events to a world, one request each, and runs the asynchronous steps they queue. A refused event
/// is part of the sequence (it must leave the organisation as it was); an unexpected failure (SPM-SYS-001) or any
/// other exception is not, and fails the property at once.
/// </summary>
public static class SequenceRunner
{
    public static IReadOnlyList<Outcome> Run(SalesWorld world, IEnumerable<SalesEvent> events, bool compareRefused = false)
    {
        var outcomes = new List<Outcome>();
        foreach (var e in events)
        {
            var before = compareRefused ? WorldState.Snapshot(world, includeAudit: true) : null;
            try
            {
                e.Apply(world);
                world.Org.DrainAsync();
                outcomes.Add(new Outcome(e, null, ""));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                Assert.False(fault.Message.Contains("SPM-SYS-001", System.StringComparison.Ordinal), $"'{e}' failed unexpectedly: {fault.Message}");
                var changes = before is null ? "" : WorldState.Difference(before, WorldState.Snapshot(world, includeAudit: true));
                outcomes.Add(new Outcome(e, fault.Message, changes));
            }
        }

        return outcomes;
    }
}
