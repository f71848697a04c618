using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess.Facts;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Maps the groups of the process measures' aggregates (visits, created opportunities, closed leads, funnel stages) to buckets.</summary>
public static class ProcessBuckets
{
    public static VisitBucket? ToVisit(Entity row)
    {
        var date = DateBuckets.Read(row, VisitFetch.Scheduled);
        var owner = Aliased.Id(row, VisitFetch.Owner);
        if (date is null || owner is null)
        {
            return null;
        }

        var regarding = Aliased.Reference(row, VisitFetch.Regarding);
        var customer = regarding is not null && IsCustomer(regarding.LogicalName) ? regarding.Id : (Guid?)null;
        return new VisitBucket(owner.Value, customer, date.Value, Aliased.Int(row, VisitFetch.Visits) ?? 0);
    }

    public static CreatedOpportunityBucket? ToCreated(Entity row)
    {
        var date = DateBuckets.Read(row, CreatedOpportunityFetch.Created);
        var owner = Aliased.Id(row, CreatedOpportunityFetch.Owner);
        var customer = Aliased.Id(row, CreatedOpportunityFetch.Customer);
        return date is null || owner is null || customer is null ? null : new CreatedOpportunityBucket(owner.Value, customer.Value, date.Value);
    }

    public static LeadBucket? ToLead(Entity row)
    {
        var date = DateBuckets.Read(row, ClosedLeadFetch.Closed);
        var owner = Aliased.Id(row, ClosedLeadFetch.Owner);
        var state = Aliased.Int(row, ClosedLeadFetch.State);
        return date is null || owner is null || state is null
            ? null
            : new LeadBucket(owner.Value, state.Value, date.Value, Aliased.Int(row, ClosedLeadFetch.Leads) ?? 0);
    }

    public static StageBucket? ToStage(Entity row)
    {
        var date = DateBuckets.Read(row, FunnelFetch.Close);
        var owner = Aliased.Id(row, FunnelFetch.Owner);
        var state = Aliased.Int(row, FunnelFetch.State);
        return date is null || owner is null || state is null
            ? null
            : new StageBucket(owner.Value, state.Value, Aliased.Int(row, FunnelFetch.Stage), date.Value, Aliased.Int(row, FunnelFetch.Deals) ?? 0);
    }

    private static bool IsCustomer(string? table) =>
        string.Equals(table, "account", StringComparison.Ordinal) || string.Equals(table, "contact", StringComparison.Ordinal);
}
