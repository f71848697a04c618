using System.Collections.Generic;

namespace SalesPerf.LocalOrg.Query.Aggregation;

/// <summary>The aggregate part of a query: its output columns, orders by alias, and the source-row limit (doc 3.6).</summary>
internal sealed record AggregateSpec(IReadOnlyList<AggregateColumn> Columns, IReadOnlyList<AggregateOrder> Orders, int Limit)
{
    /// <summary>The platform's maximum number of rows one aggregate query may read (AggregateQueryRecordLimit).</summary>
    public const int PlatformLimit = 50000;
}
