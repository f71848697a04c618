using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// How an aggregate too large for the platform is cut in two: first its date span in halves (down to a single day),
/// then its owners in halves. Both halves together cover exactly the rows of the whole, once each: every row of an
/// aggregate is selected by one date of the span (the close, fulfilment, payment or due date) and, for owner splits,
/// by its owner. The only exception is the deal-split aggregate, which selects a split by its user or by its
/// opportunity's owner; the reader removes the groups both owner halves return.
/// </summary>
public static class AggregateSplit
{
    /// <summary>The two halves of <paramref name="scope"/>; none when it is one day and one owner (nothing left to split).</summary>
    public static IReadOnlyList<AggregateScope> Halves(AggregateScope scope)
    {
        if (scope is null)
        {
            throw new ArgumentNullException(nameof(scope));
        }

        if (scope.Span.DayCount > 1)
        {
            var firstEnd = scope.Span.Start.AddDays((scope.Span.DayCount / 2) - 1);
            return [scope.Within(DateRange.Of(scope.Span.Start, firstEnd)), scope.Within(DateRange.Of(firstEnd.AddDays(1), scope.Span.End))];
        }

        if (scope.OwnerIds.Count > 1)
        {
            var half = scope.OwnerIds.Count / 2;
            return [scope.ForOwners(scope.OwnerIds.Take(half)), scope.ForOwners(scope.OwnerIds.Skip(half))];
        }

        return [];
    }
}
