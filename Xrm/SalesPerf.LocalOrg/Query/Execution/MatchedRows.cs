using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>The tables of a query and its joined rows that pass every filter, before ordering and projection.</summary>
internal sealed record MatchedRows(QueryScope Scope, IEnumerable<Entity?[]> Rows);
