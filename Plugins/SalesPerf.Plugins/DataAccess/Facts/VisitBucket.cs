using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>
/// One group of <see cref="Fetch.VisitFetch"/>: an owner's completed appointments regarding one row (null when regarding
/// nothing) in one bucket of <c>scheduledend</c>. <see cref="CustomerId"/> is set only when that row is an account or contact.
/// </summary>
public sealed record VisitBucket(Guid OwnerId, Guid? CustomerId, CalendarDate Date, int Visits);
