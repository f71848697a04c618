using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>One group of <see cref="Fetch.RepeatCustomerFetch"/>: an owner won something from a customer in a bucket.</summary>
public sealed record CustomerBucket(Guid OwnerId, Guid CustomerId, CalendarDate Closed);
