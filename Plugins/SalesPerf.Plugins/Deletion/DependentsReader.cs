using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.Deletion;

/// <summary>
/// Reads what points at a row, bounded whatever the data: one aggregate count per dependent kind (every row, active or
/// inactive, as a Restrict relationship counts them; a count past the platform's aggregate limit is reported as "at
/// least" that many) and, only when something does, the name of one row of the first kind in use.
/// </summary>
public sealed class DependentsReader
{
    private const string CountAlias = "dependents";
    private readonly IOrganizationService service;

    public DependentsReader(IOrganizationService service) => this.service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>The kinds of <paramref name="dependents"/> that point at <paramref name="id"/>, in their order; empty when none does.</summary>
    public IReadOnlyList<DependentUsage> Read(Guid id, IReadOnlyList<DependentKind> dependents)
    {
        var used = dependents
            .Select(kind => Count(kind, id))
            .Where(usage => usage.Count > 0)
            .ToList();
        if (used.Count == 0)
        {
            return used;
        }

        used[0] = used[0] with { Example = ExampleName(used[0].Kind, id) };
        return used;
    }

    private DependentUsage Count(DependentKind kind, Guid id)
    {
        var fetch = FetchXml.AggregateFetch(FetchXml.Entity(
            kind.Table,
            FetchXml.Aggregate(kind.Table + "id", CountAlias, "count"),
            FetchXml.And(FetchXml.Condition(kind.Lookup, "eq", id))));
        try
        {
            var row = service.RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities.FirstOrDefault();
            return new DependentUsage(kind, row is null ? 0 : Aliased.Int(row, CountAlias) ?? 0, AtLeast: false, Example: null);
        }
        catch (FaultException<OrganizationServiceFault> fault) when (AggregateLimit.IsExceeded(fault))
        {
            return new DependentUsage(kind, AggregateLimit.Rows, AtLeast: true, Example: null);
        }
    }

    private string? ExampleName(DependentKind kind, Guid id)
    {
        var query = new QueryExpression(kind.Table) { ColumnSet = new ColumnSet(kind.NameColumn), TopCount = 1 };
        query.Criteria.AddCondition(kind.Lookup, ConditionOperator.Equal, id);
        query.AddOrder(kind.NameColumn, OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<string>(kind.NameColumn);
    }
}
