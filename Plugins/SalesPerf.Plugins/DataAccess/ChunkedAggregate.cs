using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>
/// Runs one measure aggregate and, only when the platform refuses it with <see cref="AggregateLimit"/> or it returns
/// more than one page of groups, runs it again
/// as two halves (<see cref="AggregateSplit"/>), recursively, and concatenates the groups the halves return. The
/// groups carry sums and counts only (averages and ratios are formed later from Σ values and Σ counts), so the groups
/// of the halves added up give exactly the groups of the whole.
/// Calls: 1 when the query fits; every split costs 2 more (the refused attempt is 1 call, its halves 2 instead of it).
/// </summary>
public sealed class ChunkedAggregate(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyList<T> Run<T>(AggregateScope scope, Func<AggregateScope, string> build, Func<Entity, T> map)
    {
        if (scope is null)
        {
            throw new ArgumentNullException(nameof(scope));
        }

        if (build is null)
        {
            throw new ArgumentNullException(nameof(build));
        }

        if (map is null)
        {
            throw new ArgumentNullException(nameof(map));
        }

        EntityCollection result;
        try
        {
            result = service.RetrieveMultiple(new FetchExpression(build(scope)));
        }
        catch (Exception refused) when (AggregateLimit.IsExceeded(refused))
        {
            var halves = AggregateSplit.Halves(scope);
            if (halves.Count == 0)
            {
                throw;
            }

            return halves.SelectMany(half => Run(half, build, map)).ToArray();
        }

        if (result.MoreRecords)
        {
            // More groups than one page (5,000) holds, e.g. many owners × months × probabilities: halves as for the
            // row limit, so a wide query never loses groups.
            var halves = AggregateSplit.Halves(scope);
            if (halves.Count > 0)
            {
                return halves.SelectMany(half => Run(half, build, map)).ToArray();
            }

            throw new InvalidOperationException(
                "An aggregate returned more than one page of groups; narrow the periods being recalculated. Query: " + build(scope));
        }

        return result.Entities.Select(map).ToArray();
    }
}
