using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SalesPerf.Scenarios.Model;

/// <summary>
/// A String parameter written as a JSON array or object (e.g. spm_AllocateTarget's Allocations): sent as compact JSON
/// text, after every string equal to a key of <see cref="Lookups"/> is replaced by the id of the row it names.
/// </summary>
public sealed record JsonTemplate(JsonNode Node, IReadOnlyDictionary<string, LookupSpec> Lookups);
