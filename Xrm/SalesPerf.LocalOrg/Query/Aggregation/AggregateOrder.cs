namespace SalesPerf.LocalOrg.Query.Aggregation;

/// <summary>An order of an aggregate result: always by an output alias (doc 3.6).</summary>
internal sealed record AggregateOrder(string Alias, bool Descending);
