using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.LocalOrg.Query.Aggregation;

/// <summary>
/// One output column of an aggregate query: a function of a column, or a group-by column with an optional date
/// grouping. <paramref name="Link"/> is the link entity the column belongs to; null for the root table.
/// </summary>
internal sealed record AggregateColumn(
    string Alias,
    LinkEntity? Link,
    string Attribute,
    XrmAggregateType Function,
    bool GroupBy,
    XrmDateTimeGrouping DateGrouping,
    bool Distinct,
    bool UserTimeZone);
