using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Query.Aggregation;

namespace SalesPerf.LocalOrg.Query.FetchXml;

/// <summary>A parsed fetch: the same query model as QueryExpression, plus its aggregate part when aggregate="true".</summary>
internal sealed record FetchQuery(QueryExpression Query, AggregateSpec? Aggregate);
