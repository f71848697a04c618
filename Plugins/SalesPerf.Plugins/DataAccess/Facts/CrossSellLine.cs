using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>One group of <see cref="Fetch.CrossSellLineFetch"/>: the owner's fulfilled order lines of a product for a customer in a bucket.</summary>
public sealed record CrossSellLine(Guid OwnerId, Guid CustomerId, Guid ProductId, CalendarDate Fulfilled);
