using System.Collections.Generic;

namespace SalesPerf.Scenarios.Model;

/// <summary>An Entity-typed request parameter: a table and its converted column values.</summary>
public sealed record EntitySpec(string Table, IReadOnlyDictionary<string, object?> Values);
