using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>One group of <see cref="Fetch.FunnelFetch"/>: an owner's opportunities won (1) or lost (2) at a sales stage (null: none) in a close bucket.</summary>
public sealed record StageBucket(Guid OwnerId, int State, int? Stage, CalendarDate Closed, int Deals);
