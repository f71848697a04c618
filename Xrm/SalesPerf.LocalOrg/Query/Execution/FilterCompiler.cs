using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Query.Conditions;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// Compiles a filter tree into a three-valued predicate over joined rows (a slot per query table; an unmatched
/// outer link is a null slot). And is false if any part is false, Or true if any part is true, otherwise
/// unknown; only true keeps a row (doc 3.2).
/// </summary>
internal sealed class FilterCompiler(QueryScope scope, EvaluationContext context, IRowSource rows)
{
    public Func<Entity?[], bool?> Compile(FilterExpression? filter, int defaultSlot)
    {
        if (filter is null || (filter.Conditions.Count == 0 && filter.Filters.Count == 0))
        {
            return _ => true;
        }

        if (filter.AnyAllFilterLinkEntity is not null)
        {
            throw new NotSupportedException("FilterExpression.AnyAllFilterLinkEntity (any/all link filters) is not supported.");
        }

        var parts = filter.Conditions.Select(c => CompileCondition(c, defaultSlot))
            .Concat(filter.Filters.Select(f => Compile(f, defaultSlot)))
            .ToArray();
        return filter.FilterOperator == LogicalOperator.Or ? row => Or(parts, row) : row => And(parts, row);
    }

    private static bool? And(Func<Entity?[], bool?>[] parts, Entity?[] row)
    {
        var unknown = false;
        foreach (var part in parts)
        {
            var result = part(row);
            if (result == false)
            {
                return false;
            }

            unknown |= result is null;
        }

        return unknown ? null : true;
    }

    private static bool? Or(Func<Entity?[], bool?>[] parts, Entity?[] row)
    {
        var unknown = false;
        foreach (var part in parts)
        {
            var result = part(row);
            if (result == true)
            {
                return true;
            }

            unknown |= result is null;
        }

        return unknown ? null : false;
    }

    private Func<Entity?[], bool?> CompileCondition(ConditionExpression condition, int defaultSlot)
    {
        var source = string.IsNullOrEmpty(condition.EntityName) ? scope.Sources[defaultSlot] : scope.Resolve(condition.EntityName);
        if (string.IsNullOrWhiteSpace(condition.AttributeName))
        {
            throw OrganizationFaults.InvalidArgument("A condition does not name an attribute.");
        }

        var column = source.Column(condition.AttributeName);
        if (condition.CompareColumns)
        {
            throw new NotSupportedException("ConditionExpression.CompareColumns (column-to-column comparison) is not supported.");
        }

        if (HierarchyOperators.Handles(condition.Operator))
        {
            var hierarchy = HierarchyOperators.Compile(rows, source.Table, column, condition.Operator, condition.Values.ToList());
            var hierarchySlot = source.Slot;
            var hierarchyTable = source.Table;
            return row => hierarchy(StoredValue.Read(row[hierarchySlot], column, hierarchyTable));
        }

        var target = CallerOperators.IsCallerComparison(condition.Operator)
            ? CallerOperators.AsComparison(column, condition.Operator, context)
            : new ConditionTarget(column, condition.Operator, condition.Values.ToList(), context);
        if (OperatorFamilies.NeedsCaller(target.Operator))
        {
            throw new NotSupportedException(
                $"ConditionOperator.{condition.Operator} needs the caller's teams, hierarchy, business unit or language, which the query engine does not model; it is not supported.");
        }

        var predicate = OperatorFamilies.Compile(target);
        var slot = source.Slot;
        var table = source.Table;
        return row => predicate(StoredValue.Read(row[slot], column, table));
    }
}
