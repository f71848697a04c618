using System.Collections.Generic;
using SalesPerf.LocalOrg.Query.Aggregation;

namespace SalesPerf.LocalOrg.Query.FetchXml;

/// <summary>What the parser collects while walking one fetch: whether it aggregates, its aggregate columns and orders.</summary>
internal sealed record FetchParseState(bool Aggregate, List<AggregateColumn> Columns, List<AggregateOrder> Orders);
