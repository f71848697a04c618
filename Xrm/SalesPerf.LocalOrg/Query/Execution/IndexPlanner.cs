using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Query.Conditions;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// Chooses the root rows a query has to examine. A condition every matching row must satisfy — an <c>eq</c> or
/// <c>in</c> at the top of the criteria or inside nested <c>and</c> filters — on an indexed column (ids, lookups,
/// choices) narrows a table to the rows holding its values. The condition may sit on a linked table: in the root
/// criteria under the link's alias, or in the link criteria of a link reached through inner joins only. Then the
/// linked rows holding its values are read first and the root narrowed to the rows that join them (order lines through
/// their order's owner). Of all the ways, the one examining the fewest rows wins. The whole filter and join still run on
/// the chosen rows, so the result is the same as a full scan's, in the same (creation) order. Without any such
/// condition the root table is read whole.
/// </summary>
internal static class IndexPlanner
{
    public static IEnumerable<Entity> RootRows(QueryScope scope, IRowSource rows, FilterExpression? criteria, EvaluationContext context)
    {
        var planner = new Planner(scope, rows, criteria, context);
        var plan = planner.Best(scope.Root, long.MaxValue);
        plan = planner.Either(criteria, plan?.Cost ?? long.MaxValue) ?? plan;
        return plan is { } chosen ? chosen.Rows() : rows.Rows(scope.Root.Table.LogicalName);
    }

    /// <summary>A way to the rows of one query table that may match: what it costs (rows examined) and how to read them.</summary>
    private sealed record Plan(long Cost, Func<IEnumerable<Entity>> Rows);

    private sealed class Planner
    {
        private readonly QueryScope scope;
        private readonly IRowSource rows;
        private readonly EvaluationContext context;
        private readonly Dictionary<int, List<ConditionExpression>> required = [];

        public Planner(QueryScope scope, IRowSource rows, FilterExpression? criteria, EvaluationContext context)
        {
            this.scope = scope;
            this.rows = rows;
            this.context = context;

            // A condition of the root criteria on a linked alias holds only where that link found a row.
            foreach (var condition in Required(criteria))
            {
                var source = string.IsNullOrEmpty(condition.EntityName) ? scope.Root : scope.Resolve(condition.EntityName);
                Conditions(source.Slot).Add(condition);
            }

            // Link criteria restrict the root only when every link from the root down to them is an inner join.
            foreach (var source in scope.Sources.Skip(1).Where(InnerPath))
            {
                foreach (var condition in Required(source.Link!.LinkCriteria))
                {
                    if (string.IsNullOrEmpty(condition.EntityName) || ReferenceEquals(scope.Resolve(condition.EntityName), source))
                    {
                        Conditions(source.Slot).Add(condition);
                    }
                }
            }
        }

        /// <summary>The cheapest plan for <paramref name="source"/> costing less than <paramref name="bound"/>, or null.</summary>
        public Plan? Best(QuerySource source, long bound)
        {
            Plan? best = null;
            foreach (var condition in Conditions(source.Slot))
            {
                if (Keys(source, condition, context) is { } found
                    && rows.CountWhere(source.Table.LogicalName, found.Column, found.Keys) is { } count
                    && count < Math.Min(bound, best?.Cost ?? long.MaxValue))
                {
                    best = new Plan(count, () => rows.RowsWhere(source.Table.LogicalName, found.Column, found.Keys)!);
                }
            }

            foreach (var child in scope.Sources.Where(s => s.ParentSlot == source.Slot && Restricts(s)))
            {
                if (Through(source, child, Math.Min(bound, best?.Cost ?? long.MaxValue)) is { } plan)
                {
                    best = plan;
                }
            }

            return best;
        }

        /// <summary>The rows of <paramref name="parent"/> joining the rows a plan for <paramref name="child"/> reads.</summary>
        private Plan? Through(QuerySource parent, QuerySource child, long bound) =>
            Best(child, bound) is { } childPlan ? Lift(parent, child, childPlan, bound) : null;

        /// <summary>The rows of <paramref name="parent"/> joining the rows <paramref name="childPlan"/> reads.</summary>
        private Plan? Lift(QuerySource parent, QuerySource child, Plan childPlan, long bound)
        {
            var from = parent.Column(child.Link!.LinkFromAttributeName);
            if (rows.CountWhere(parent.Table.LogicalName, from, []) is null)
            {
                return null;
            }

            var to = child.Column(child.Link.LinkToAttributeName);
            var keys = childPlan.Rows()
                .Select(row => ComparableValue.Key(ComparableValue.FromStored(StoredValue.Read(row, to, child.Table), to)))
                .OfType<object>()
                .Distinct()
                .ToList();
            var cost = childPlan.Cost + (rows.CountWhere(parent.Table.LogicalName, from, keys) ?? 0);
            return cost < bound ? new Plan(cost, () => rows.RowsWhere(parent.Table.LogicalName, from, keys)!) : null;
        }

        /// <summary>
        /// The root rows an <c>or</c> inside the required criteria admits, when each of its branches can be narrowed (a
        /// condition on the root or on a linked alias, or an <c>and</c> holding one): the union of the branches' rows,
        /// read once more by id so they come in creation order. Null when a branch cannot be narrowed or the union costs
        /// <paramref name="bound"/> or more.
        /// </summary>
        public Plan? Either(FilterExpression? criteria, long bound)
        {
            Plan? best = null;
            foreach (var or in RequiredFilters(criteria).Where(f => f.FilterOperator == LogicalOperator.Or && f.AnyAllFilterLinkEntity is null))
            {
                if (Union(or, Math.Min(bound, best?.Cost ?? long.MaxValue)) is { } plan)
                {
                    best = plan;
                }
            }

            return best;
        }

        private Plan? Union(FilterExpression or, long bound)
        {
            var branches = new List<Plan>();
            long cost = 0;
            foreach (var branch in or.Conditions.Select(c => (IEnumerable<ConditionExpression>)[c]).Concat(or.Filters.Select(Required)))
            {
                Plan? cheapest = null;
                foreach (var condition in branch)
                {
                    if (OnRoot(condition, bound - cost) is { } plan && plan.Cost < (cheapest?.Cost ?? long.MaxValue))
                    {
                        cheapest = plan;
                    }
                }

                if (cheapest is null || (cost += cheapest.Cost) >= bound)
                {
                    return null;
                }

                branches.Add(cheapest);
            }

            if (branches.Count == 0)
            {
                return null;
            }

            var root = scope.Root;
            var id = root.Column(root.Table.PrimaryIdAttribute);
            var ids = branches.SelectMany(b => b.Rows())
                .Select(row => ComparableValue.Key(ComparableValue.FromStored(StoredValue.Read(row, id, root.Table), id)))
                .OfType<object>()
                .Distinct()
                .ToList();
            cost += ids.Count;
            return cost < bound ? new Plan(cost, () => rows.RowsWhere(root.Table.LogicalName, id, ids)!) : null;
        }

        /// <summary>The root rows that can satisfy one condition, on the root or on a linked alias (through the links above it).</summary>
        private Plan? OnRoot(ConditionExpression condition, long bound)
        {
            var source = string.IsNullOrEmpty(condition.EntityName) ? scope.Root : scope.Resolve(condition.EntityName);
            if (Keys(source, condition, context) is not { } found
                || rows.CountWhere(source.Table.LogicalName, found.Column, found.Keys) is not { } count
                || count >= bound)
            {
                return null;
            }

            var plan = new Plan(count, () => rows.RowsWhere(source.Table.LogicalName, found.Column, found.Keys)!);
            for (var child = source; child.Link is not null && plan is not null; child = scope.Sources[child.ParentSlot])
            {
                plan = Lift(scope.Sources[child.ParentSlot], child, plan, bound);
            }

            return plan;
        }

        /// <summary>Whether a matching root row needs a row of <paramref name="source"/>: a required condition on it or below it.</summary>
        private bool Restricts(QuerySource source) =>
            Conditions(source.Slot).Count > 0 || scope.Sources.Any(s => s.ParentSlot == source.Slot && Restricts(s));

        private bool InnerPath(QuerySource source) =>
            source.Link is null
            || (source.Link.JoinOperator == JoinOperator.Inner && InnerPath(scope.Sources[source.ParentSlot]));

        private List<ConditionExpression> Conditions(int slot) =>
            required.TryGetValue(slot, out var list) ? list : required[slot] = [];
    }

    /// <summary>The filter and the <c>and</c> filters nested in it whose conditions every matching row satisfies, with the <c>or</c> filters directly inside them.</summary>
    private static IEnumerable<FilterExpression> RequiredFilters(FilterExpression? filter)
    {
        if (filter is null || filter.AnyAllFilterLinkEntity is not null)
        {
            yield break;
        }

        yield return filter;
        if (filter.FilterOperator == LogicalOperator.And)
        {
            foreach (var nested in filter.Filters.SelectMany(RequiredFilters))
            {
                yield return nested;
            }
        }
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

    private static (ColumnDefinition Column, List<object> Keys)? Keys(QuerySource source, ConditionExpression condition, EvaluationContext context)
    {
        if (condition.Operator is not (ConditionOperator.Equal or ConditionOperator.In) || condition.CompareColumns
            || string.IsNullOrWhiteSpace(condition.AttributeName))
        {
            return null;
        }

        var column = source.Column(condition.AttributeName);
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
