using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>One group of <see cref="Fetch.CreatedOpportunityFetch"/>: an owner created opportunities for a customer on a day.</summary>
public sealed record CreatedOpportunityBucket(Guid OwnerId, Guid CustomerId, CalendarDate Created);
