using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Query.Aggregation;

/// <summary>
/// QueryExpression aggregates (ColumnSet.AttributeExpressions) as the same aggregate model FetchXML uses, so both
/// go through one aggregator (doc 8.3; DynamicsValue#192). Orders name an alias through OrderExpression.Alias.
/// </summary>
internal static class QueryExpressionAggregates
{
    public static bool IsAggregate(QueryExpression query) =>
        query.ColumnSet?.AttributeExpressions is { Count: > 0 } || Links(query.LinkEntities).Any(l => l.Columns?.AttributeExpressions is { Count: > 0 });

    public static (QueryExpression Query, AggregateSpec Spec) Split(QueryExpression query)
    {
        if (query.ColumnSet is { AllColumns: true } || query.ColumnSet?.Columns.Count > 0)
        {
            throw OrganizationFaults.InvalidArgument("An aggregate QueryExpression returns only its attribute expressions; remove the other columns.");
        }

        var columns = new List<AggregateColumn>();
        Add(columns, query.ColumnSet, null);
        foreach (var link in Links(query.LinkEntities))
        {
            if (link.Columns is { AllColumns: true } || link.Columns?.Columns.Count > 0)
            {
                throw OrganizationFaults.InvalidArgument($"The link '{link.LinkToEntityName}' of an aggregate query may only carry attribute expressions.");
            }

            Add(columns, link.Columns, link);
        }

        var orders = query.Orders.Select(o => string.IsNullOrEmpty(o.Alias)
                ? throw OrganizationFaults.InvalidArgument("An order in an aggregate query must use an alias.")
                : new AggregateOrder(o.Alias, o.OrderType == OrderType.Descending))
            .ToList();

        // The aggregator reads only criteria and links; the orders and columns are carried by the spec.
        var source = new QueryExpression(query.EntityName)
        {
            Criteria = query.Criteria,
            TopCount = query.TopCount,
            PageInfo = query.PageInfo,
        };
        foreach (var link in query.LinkEntities)
        {
            source.LinkEntities.Add(link);
        }

        return (source, new AggregateSpec(columns, orders, AggregateSpec.PlatformLimit));
    }

    private static IEnumerable<LinkEntity> Links(IEnumerable<LinkEntity> links) =>
        links.SelectMany(l => new[] { l }.Concat(Links(l.LinkEntities)));

    private static void Add(List<AggregateColumn> columns, ColumnSet? set, LinkEntity? link)
    {
        foreach (var expression in set?.AttributeExpressions ?? Enumerable.Empty<XrmAttributeExpression>())
        {
            if (string.IsNullOrEmpty(expression.Alias) || string.IsNullOrEmpty(expression.AttributeName))
            {
                throw OrganizationFaults.InvalidArgument("Every attribute expression of an aggregate query needs an attribute name and an alias.");
            }

            if (expression.HasGroupBy == (expression.AggregateType != XrmAggregateType.None))
            {
                throw OrganizationFaults.InvalidArgument($"Attribute expression '{expression.Alias}' needs exactly one of an aggregate type or HasGroupBy.");
            }

            if (columns.Exists(c => string.Equals(c.Alias, expression.Alias, StringComparison.OrdinalIgnoreCase)))
            {
                throw OrganizationFaults.InvalidArgument($"The alias '{expression.Alias}' is used twice in the aggregate query.");
            }

            columns.Add(new AggregateColumn(expression.Alias, link, expression.AttributeName, expression.AggregateType,
                expression.HasGroupBy, expression.DateTimeGrouping, false, true));
        }
    }
}
