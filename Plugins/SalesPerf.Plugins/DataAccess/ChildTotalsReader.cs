using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.DataAccess.Fetch;
using SalesPerf.Plugins.DataAccess.Rows;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Reads <see cref="ChildTotals"/> for a set of parents: one aggregate call, one row per parent with children.</summary>
public sealed class ChildTotalsReader(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyDictionary<Guid, ChildTotals> Read(IReadOnlyCollection<Guid> parentIds)
    {
        var totals = new Dictionary<Guid, ChildTotals>();
        if (parentIds.Count == 0)
        {
            return totals;
        }

        foreach (var row in service.RetrieveMultiple(new FetchExpression(ChildTargetFetch.Build(parentIds))).Entities)
        {
            if (Aliased.Id(row, ChildTargetFetch.Parent) is not Guid parent)
            {
                continue;
            }

            totals[parent] = new ChildTotals(
                Aliased.NumberOrZero(row, ChildTargetFetch.TargetValueSum),
                Aliased.Int(row, ChildTargetFetch.ActualCount) ?? 0,
                Aliased.NumberOrZero(row, ChildTargetFetch.ActualSum),
                Aliased.Int(row, ChildTargetFetch.NumeratorCount) ?? 0,
                Aliased.NumberOrZero(row, ChildTargetFetch.NumeratorSum),
                Aliased.NumberOrZero(row, ChildTargetFetch.DenominatorSum),
                Aliased.Int(row, ChildTargetFetch.InProgressCount) ?? 0,
                Aliased.NumberOrZero(row, ChildTargetFetch.InProgressSum),
                Aliased.Int(row, ChildTargetFetch.ProjectedCount) ?? 0,
                Aliased.NumberOrZero(row, ChildTargetFetch.ProjectedSum));
        }

        return totals;
    }
}
