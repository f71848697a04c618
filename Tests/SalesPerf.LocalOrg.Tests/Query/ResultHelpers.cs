using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Tests.Query;

public static class ResultHelpers
{
    /// <summary>The primary names of the result rows, in result order.</summary>
    public static IReadOnlyList<string?> Names(this EntityCollection result, string column = "name") =>
        result.Entities.Select(e => e.GetAttributeValue<string>(column)).ToList();

    /// <summary>The primary names, sorted, for tests where the order does not matter.</summary>
    public static IReadOnlyList<string?> SortedNames(this EntityCollection result, string column = "name") =>
        result.Names(column).Order(System.StringComparer.Ordinal).ToList();

    public static object? Aliased(this Entity entity, string alias) =>
        entity.Attributes.TryGetValue(alias, out var value) ? ((AliasedValue)value).Value : null;
}
