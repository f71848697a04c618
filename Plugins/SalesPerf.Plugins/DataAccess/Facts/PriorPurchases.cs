using System;
using System.Collections.Generic;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>
/// What was bought (fulfilled orders, from any owner) before <see cref="Before"/>, limited to the customers and
/// products of the CrossSell lines read: the customers with any such order, and the (customer, product) pairs.
/// </summary>
public sealed record PriorPurchases(CalendarDate Before, IReadOnlyCollection<Guid> Customers, IReadOnlyCollection<CustomerProduct> Pairs);

/// <summary>A customer and a product bought together on a fulfilled order line.</summary>
public readonly record struct CustomerProduct(Guid CustomerId, Guid ProductId);
