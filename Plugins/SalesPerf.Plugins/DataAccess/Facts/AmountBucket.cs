using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>One group of <see cref="Fetch.PaymentFetch"/> or <see cref="Fetch.InvoiceDueFetch"/>: an owner's records and their Σ in one bucket.</summary>
public sealed record AmountBucket(Guid OwnerId, CalendarDate Date, int Count, decimal Amount);
