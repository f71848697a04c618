using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>One group of <see cref="Fetch.SalesOrderFetch"/>: an owner's fulfilled orders of one date bucket.</summary>
public sealed record OrderBucket(Guid OwnerId, CalendarDate Fulfilled, int Orders, decimal Amount, decimal Margin);
