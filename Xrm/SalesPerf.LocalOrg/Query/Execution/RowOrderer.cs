using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Query.Conditions;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// Sorts joined rows by several orders in sequence (fake-xrm-easy#101): the root's orders first, then each link's,
/// in query order. Columns need not be selected (PR #198); nulls come first when ascending (fake-xrm-easy#215);
/// Money and numbers by amount, choices by value, lookups by the referenced row's primary name (fake-xrm-easy#40).
/// The sort is stable, so rows that tie keep store order.
/// </summary>
internal sealed class RowOrderer : IComparer<Entity?[]>
{
    private readonly List<(QuerySource Source, ColumnDefinition Column, bool Descending)> keys = [];
    private readonly IRowSource rows;

    public RowOrderer(QueryScope scope, IRowSource rows, QueryExpression query)
    {
        this.rows = rows;
        foreach (var order in query.Orders)
        {
            Add(string.IsNullOrEmpty(order.EntityName) ? scope.Root : scope.Resolve(order.EntityName), order);
        }

        foreach (var source in scope.Sources.Skip(1))
        {
            foreach (var order in source.Link!.Orders)
            {
                Add(source, order);
            }
        }
    }

    public bool IsEmpty => keys.Count == 0;

    /// <summary>True when an order uses a linked table, which makes the platform fall back to simple paging (doc 3.7).</summary>
    public bool UsesLinkedColumns => keys.Exists(k => k.Source.Slot != 0);

    public IEnumerable<Entity?[]> Sort(IEnumerable<Entity?[]> joined) => IsEmpty ? joined : joined.OrderBy(r => r, this);

    public int Compare(Entity?[]? x, Entity?[]? y)
    {
        foreach (var (source, column, descending) in keys)
        {
            var left = SortValue(x![source.Slot], source, column);
            var right = SortValue(y![source.Slot], source, column);
            var result = (left, right) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                _ => ComparableValue.Compare(left, right),
            };
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return 0;
    }

    private void Add(QuerySource source, OrderExpression order)
    {
        if (string.IsNullOrWhiteSpace(order.AttributeName))
        {
            throw OrganizationFaults.InvalidArgument("An order of a non-aggregate query must name an attribute; order by alias applies to aggregate queries.");
        }

        keys.Add((source, source.Column(order.AttributeName), order.OrderType == OrderType.Descending));
    }

    private object? SortValue(Entity? row, QuerySource source, ColumnDefinition column)
    {
        var raw = StoredValue.Read(row, column, source.Table);
        if (raw is EntityReference reference)
        {
            return rows.PrimaryName(reference.LogicalName, reference.Id) ?? reference.Name ?? reference.Id.ToString();
        }

        return raw is OptionSetValueCollection ? throw new NotSupportedException($"Ordering by the multi-select choice column '{column.LogicalName}' is not supported.")
            : ComparableValue.FromStored(raw, column);
    }
}
