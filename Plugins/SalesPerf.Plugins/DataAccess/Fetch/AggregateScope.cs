using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>What one aggregate query covers: the owners (users or teams), the date span, the grain and the KPI filter.</summary>
public sealed record AggregateScope
{
    public AggregateScope(IEnumerable<Guid> ownerIds, DateRange span, BucketGrain grain, KpiFilter filter, SurveySource? survey = null)
    {
        OwnerIds = (ownerIds ?? throw new ArgumentNullException(nameof(ownerIds))).Distinct().OrderBy(id => id).ToArray();
        if (OwnerIds.Count == 0)
        {
            throw new ArgumentException("An aggregate needs at least one owner.", nameof(ownerIds));
        }

        Span = span;
        Grain = grain;
        Filter = filter ?? throw new ArgumentNullException(nameof(filter));
        Survey = survey ?? SurveySource.Own;
    }

    public IReadOnlyList<Guid> OwnerIds { get; }

    public DateRange Span { get; }

    public BucketGrain Grain { get; }

    public KpiFilter Filter { get; }

    /// <summary>CustomerSatisfaction's table and columns (SalesPerf's survey responses unless the KPI names another table).</summary>
    public SurveySource Survey { get; }

    /// <summary>For an admin-chosen survey table: the customer table (account or contact) this aggregate links through.</summary>
    public string? SurveyCustomerTable { get; init; }

    public IEnumerable<object> OwnerValues => OwnerIds.Cast<object>();

    /// <summary>The same query over a part of the span (the owners, grain and filter unchanged).</summary>
    public AggregateScope Within(DateRange part) => new(OwnerIds, part, Grain, Filter, Survey) { SurveyCustomerTable = SurveyCustomerTable };

    /// <summary>The same query for some of the owners (the span, grain and filter unchanged).</summary>
    public AggregateScope ForOwners(IEnumerable<Guid> owners) => new(owners, Span, Grain, Filter, Survey) { SurveyCustomerTable = SurveyCustomerTable };
}
