using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Demo.Generation;
using SalesPerf.LocalOrg;

namespace SalesPerf.Demo.Running;

/// <summary>
/// Measures each step: the plug-ins' calls and rows read and the rows the query engine examined (deterministic
/// counters of the organisation) and its wall time, summed per kind of operation (the request, and the table of a
/// Create or Update).
/// </summary>
internal sealed class OperationTally(LocalOrganization org)
{
    private readonly Dictionary<string, OperationCost> _costs = new(StringComparer.Ordinal);

    public IReadOnlyList<OperationCost> Costs => [.. _costs.Values.OrderByDescending(c => c.Calls).ThenBy(c => c.Operation, StringComparer.Ordinal)];

    public void Measure(DemoStep step, Action run)
    {
        var calls = org.ServiceCalls.Total;
        var rows = org.ServiceCalls.RowsReturned;
        var examined = org.QueryStatistics.RowsExamined;
        var watch = Stopwatch.StartNew();
        try
        {
            run();
        }
        finally
        {
            var kind = Kind(step.Request);
            var cost = _costs.TryGetValue(kind, out var known) ? known : new OperationCost(kind, 0, 0, 0, 0, TimeSpan.Zero);
            _costs[kind] = cost.Add(org.ServiceCalls.Total - calls, org.ServiceCalls.RowsReturned - rows,
                org.QueryStatistics.RowsExamined - examined, watch.Elapsed);
        }
    }

    private static string Kind(OrganizationRequest request) =>
        request.Parameters.TryGetValue("Target", out var target) && target is Entity entity
            ? $"{request.RequestName} {entity.LogicalName}"
            : request.RequestName.Replace(DemoRequests.OptionalPrefix, string.Empty, StringComparison.Ordinal);
}
