using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>One group of <see cref="Fetch.DealSplitFetch"/>: Σ split percent of one user on one won opportunity.</summary>
public sealed record SplitBucket(
    Guid SplitUserId,
    Guid OpportunityId,
    Guid OpportunityOwnerId,
    bool IsNewCustomer,
    CalendarDate Closed,
    decimal Percent,
    decimal OpportunityValue);
