using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>One group of <see cref="Fetch.OpportunityActivityFetch"/>: an owner's opportunities of one state, new-customer flag and date bucket.</summary>
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
    int CycleDeals);
