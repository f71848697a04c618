using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>
/// The hierarchy operators (Docs "Query hierarchical data"): <c>under</c>, <c>eq-or-under</c>, <c>above</c>,
/// <c>eq-or-above</c>, <c>not-under</c>, on the primary key of a table whose self-referential lookup is declared
/// hierarchical (<see cref="ColumnDefinition.IsHierarchical"/>), with one row id as value. They follow only that
/// relationship and at most <see cref="MaxDepth"/> levels (the platform's default recursion limit of 100). Under and
/// above exclude the named row, the eq- forms include it, and not-under is every row not below it (the row itself
/// included). A table without a hierarchical relationship faults.
/// </summary>
internal static class HierarchyOperators
{
    public const int MaxDepth = 100;

    public static bool Handles(ConditionOperator op) => op is ConditionOperator.Under or ConditionOperator.UnderOrEqual
        or ConditionOperator.Above or ConditionOperator.AboveOrEqual or ConditionOperator.NotUnder;

    public static Func<object?, bool?> Compile(IRowSource rows, TableDefinition table, ColumnDefinition column, ConditionOperator op, IReadOnlyList<object?> values)
    {
        var parent = table.Columns.SingleOrDefault(c => c.IsHierarchical)
            ?? throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{column.LogicalName}': operator {op} needs a hierarchical relationship, and {table.LogicalName} has none.");
        if (column.LogicalName != table.PrimaryIdAttribute)
        {
            throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{column.LogicalName}': operator {op} applies to the primary key {table.PrimaryIdAttribute} of {table.LogicalName}.");
        }

        if (values.Count != 1 || Id(values[0]) is not { } root)
        {
            throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{column.LogicalName}': operator {op} expects one row id.");
        }

        var parents = rows.Rows(table.LogicalName).ToDictionary(r => r.Id, r => r.GetAttributeValue<EntityReference>(parent.LogicalName)?.Id);
        var set = op switch
        {
            ConditionOperator.Above or ConditionOperator.AboveOrEqual => Ancestors(parents, root),
            _ => Descendants(parents, root),
        };
        if (op is ConditionOperator.UnderOrEqual or ConditionOperator.AboveOrEqual)
        {
            set.Add(root);
        }

        return op == ConditionOperator.NotUnder
            ? raw => Id(raw) is { } id ? !set.Contains(id) : null
            : raw => Id(raw) is { } id ? set.Contains(id) : null;
    }

    private static HashSet<Guid> Descendants(Dictionary<Guid, Guid?> parents, Guid root)
    {
        var children = parents.Where(p => p.Value is not null).ToLookup(p => p.Value!.Value, p => p.Key);
        var found = new HashSet<Guid>();
        var level = new List<Guid> { root };
        for (var depth = 0; depth < MaxDepth && level.Count > 0; depth++)
        {
            level = level.SelectMany(id => children[id]).Where(found.Add).ToList();
        }

        found.Remove(root);
        return found;
    }

    private static HashSet<Guid> Ancestors(Dictionary<Guid, Guid?> parents, Guid root)
    {
        var found = new HashSet<Guid>();
        var current = root;
        for (var depth = 0; depth < MaxDepth && parents.TryGetValue(current, out var up) && up is { } next && next != root && found.Add(next); depth++)
        {
            current = next;
        }

        return found;
    }

    private static Guid? Id(object? value) => value switch
    {
        Guid g => g,
        EntityReference r => r.Id,
        string s when Guid.TryParse(s, out var parsed) => parsed,
        _ => null,
    };
}
