using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Query.Conditions;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// Chooses the root rows a query has to examine. A condition every matching row must satisfy — an <c>eq</c> or
/// <c>in</c> on the root table at the top of the criteria or inside nested <c>and</c> filters — on an indexed column
/// (ids, lookups, choices) narrows the root to the rows holding its values; of several, the one with the fewest rows.
/// The whole filter still runs on those rows, so the result is the same as a full scan's, in the same (creation) order.
/// Without such a condition the table is read whole.
/// </summary>
internal static class IndexPlanner
{
    public static IEnumerable<Entity> RootRows(QueryScope scope, IRowSource rows, FilterExpression? criteria, EvaluationContext context)
    {
        var root = scope.Root;
        (Microsoft.Xrm.Sdk.Query.ConditionExpression Condition, SalesPerf.SolutionModel.Tables.ColumnDefinition Column, List<object> Keys, int Count)? best = null;
        foreach (var condition in Required(criteria))
        {
            if (Keys(scope, condition, context) is { } found
                && rows.CountWhere(root.Table.LogicalName, found.Column, found.Keys) is { } count
                && (best is null || count < best.Value.Count))
            {
                best = (condition, found.Column, found.Keys, count);
            }
        }

        return best is { } chosen && rows.RowsWhere(root.Table.LogicalName, chosen.Column, chosen.Keys) is { } matching
            ? matching
            : rows.Rows(root.Table.LogicalName);
    }

    private static IEnumerable<ConditionExpression> Required(FilterExpression? filter)
    {
        if (filter is null || filter.FilterOperator != LogicalOperator.And || filter.AnyAllFilterLinkEntity is not null)
        {
            yield break;
        }

        foreach (var condition in filter.Conditions)
        {
            yield return condition;
        }

        foreach (var nested in filter.Filters.SelectMany(Required))
        {
            yield return nested;
        }
    }

    private static (SalesPerf.SolutionModel.Tables.ColumnDefinition Column, List<object> Keys)? Keys(QueryScope scope, ConditionExpression condition, EvaluationContext context)
    {
        if (condition.Operator is not (ConditionOperator.Equal or ConditionOperator.In) || condition.CompareColumns
            || string.IsNullOrWhiteSpace(condition.AttributeName))
        {
            return null;
        }

        var root = scope.Root;
        if (!string.IsNullOrEmpty(condition.EntityName) && !ReferenceEquals(scope.Resolve(condition.EntityName), root))
        {
            return null;
        }

        var column = root.Column(condition.AttributeName);
        var values = condition.Operator == ConditionOperator.In ? ConditionValues.Flatten(condition.Values) : [.. condition.Values];
        if (values.Count == 0 || (condition.Operator == ConditionOperator.Equal && values.Count != 1))
        {
            return null;
        }

        var keys = new List<object>();
        foreach (var value in values)
        {
            object converted;
            try
            {
                converted = ConditionValues.Convert(value, column, context, condition.Operator.ToString());
            }
            catch (Exception error) when (error is System.ServiceModel.FaultException or NotSupportedException)
            {
                return null;
            }

            if (ComparableValue.Key(converted) is { } key && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return (column, keys);
    }
}
