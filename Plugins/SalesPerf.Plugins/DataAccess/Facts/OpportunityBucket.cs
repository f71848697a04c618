using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>
/// One group of <see cref="Fetch.OpportunityActivityFetch"/>: an owner's opportunities of one state, new-customer flag,
/// date bucket and <c>closeprobability</c> (null: the deals whose probability is empty).
/// </summary>
public sealed record OpportunityBucket(
    Guid OwnerId,
    int State,
    bool IsNewCustomer,
    CalendarDate? Closed,
    CalendarDate? Estimated,
    int Deals,
    decimal Revenue,
    decimal Pipeline,
    decimal CycleDays,
    int CycleDeals,
    int? Probability = null)
{
    /// <summary>
    /// The weight of this group's open pipeline in the projection: probability ÷ 100, held within 0–1; an empty
    /// probability weighs 0 (docs/domain-rules.md "Probability-weighted projection").
    /// </summary>
    public decimal Weight => Probability is int p ? Math.Min(100, Math.Max(0, p)) / 100m : 0m;

    /// <summary>Σ <c>estimatedvalue_base</c> × probability ÷ 100 of the group.</summary>
    public decimal WeightedPipeline => Pipeline * Weight;

    /// <summary>The deals of the group × probability ÷ 100: the wins they are expected to bring.</summary>
    public decimal WeightedDeals => Deals * Weight;
}
