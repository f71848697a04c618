using System;
using System.Collections.Generic;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>
/// The aggregated source facts of one KPI filter: whatever groups the needed queries returned (a list is empty when
/// its query was not needed). Immutable once read.
/// </summary>
public sealed record MeasureFacts
{
    public static MeasureFacts Empty { get; } = new();

    public IReadOnlyList<OpportunityBucket> Opportunities { get; init; } = Array.Empty<OpportunityBucket>();

    public IReadOnlyList<SplitBucket> Splits { get; init; } = Array.Empty<SplitBucket>();

    public IReadOnlyList<OrderBucket> Orders { get; init; } = Array.Empty<OrderBucket>();

    public IReadOnlyList<AmountBucket> Payments { get; init; } = Array.Empty<AmountBucket>();

    public IReadOnlyList<AmountBucket> InvoicesDue { get; init; } = Array.Empty<AmountBucket>();

    public IReadOnlyList<CustomerBucket> Customers { get; init; } = Array.Empty<CustomerBucket>();

    public IReadOnlyList<VisitBucket> Visits { get; init; } = Array.Empty<VisitBucket>();

    public IReadOnlyList<CreatedOpportunityBucket> CreatedOpportunities { get; init; } = Array.Empty<CreatedOpportunityBucket>();

    /// <summary>Completed phone calls as visit buckets; a visit KPI counts them only when it says so.</summary>
    public IReadOnlyList<VisitBucket> PhoneCalls { get; init; } = Array.Empty<VisitBucket>();

    public IReadOnlyList<LeadBucket> Leads { get; init; } = Array.Empty<LeadBucket>();

    public IReadOnlyList<StageBucket> Stages { get; init; } = Array.Empty<StageBucket>();

    /// <summary>Survey responses per customer owner and bucket: Count responses, Amount Σ scores.</summary>
    public IReadOnlyList<AmountBucket> Surveys { get; init; } = Array.Empty<AmountBucket>();

    public IReadOnlyList<CrossSellLine> CrossSellLines { get; init; } = Array.Empty<CrossSellLine>();

    /// <summary>What was bought before each CrossSell period's first day (one entry per distinct first day).</summary>
    public IReadOnlyList<PriorPurchases> PriorPurchases { get; init; } = Array.Empty<PriorPurchases>();
}
