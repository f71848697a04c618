using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Query.Conditions;
using SalesPerf.LocalOrg.Query.Execution;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Aggregation;

/// <summary>
/// Runs an aggregate query (doc 3.6): reads the matching joined rows — faulting with AggregateQueryRecordLimit
/// once there are more than the limit — groups them, and returns one entity per group with every output as an
/// AliasedValue under its alias. Without group-by there is exactly one result row, even over zero rows
/// (fake-xrm-easy PR #167). Null group values form their own group, whose group-by alias is absent. Grouped
/// lookups and choices come back as EntityReference / OptionSetValue (fake-xrm-easy#383, #482). Without an
/// order, groups come in ascending order of their group-by values.
/// </summary>
internal sealed class Aggregator(IRowSource rows, EvaluationContext context)
{
    public EntityCollection Execute(QueryExpression query, AggregateSpec spec, QueryExpressionExecutor executor)
    {
        var page = PageRequest.From(query.TopCount, query.PageInfo);
        var matched = executor.Match(query);
        var columns = spec.Columns
            .Select(c => (Spec: c, Source: c.Link is null ? matched.Scope.Root : matched.Scope.ForLink(c.Link)))
            .Select(c => (c.Spec, c.Source, Column: Validate(c.Spec, c.Source.Column(c.Spec.Attribute))))
            .ToList();

        var source = new List<Entity?[]>();
        foreach (var row in matched.Rows)
        {
            source.Add(row);
            if (source.Count > spec.Limit)
            {
                throw OrganizationFaults.AggregateLimit();
            }
        }

        var groupColumns = columns.Where(c => c.Spec.GroupBy).ToList();
        var groups = new Dictionary<string, (object?[] Keys, List<Entity?[]> Rows)>(StringComparer.Ordinal);
        if (groupColumns.Count == 0)
        {
            groups[string.Empty] = ([], source);
        }
        else
        {
            foreach (var row in source)
            {
                var keys = groupColumns.Select(c => GroupValue(row, c.Spec, c.Source, c.Column)).ToArray();
                var id = string.Join('\u001F', keys.Select(k => Convert.ToString(ComparableValue.Key(ComparableOf(k)), System.Globalization.CultureInfo.InvariantCulture) ?? "\u0000"));
                if (!groups.TryGetValue(id, out var group))
                {
                    groups[id] = group = (keys, []);
                }

                group.Rows.Add(row);
            }
        }

        var copier = new ValueCopier(rows);
        var results = groups.Values.Select(group =>
        {
            var entity = new Entity(matched.Scope.Root.Table.LogicalName);
            var g = 0;
            foreach (var (columnSpec, columnSource, column) in columns)
            {
                object? value;
                if (columnSpec.GroupBy)
                {
                    value = group.Keys[g++];
                    if (value is null)
                    {
                        continue;
                    }
                }
                else
                {
                    var values = group.Rows.Select(r => StoredValue.Read(r[columnSource.Slot], column, columnSource.Table)).ToList();
                    value = AggregateFunctions.Compute(columnSpec.Function, columnSpec.Distinct, column, values, group.Rows.Count);
                }

                entity[columnSpec.Alias] = new AliasedValue(columnSource.Table.LogicalName, column.LogicalName, copier.Copy(value));
            }

            return entity;
        });

        var ordered = Order(results, spec, groupColumns.Select(c => c.Spec.Alias).ToList()).ToList();
        return Pager.Page(ordered, page, matched.Scope.Root.Table.LogicalName, null);
    }

    private static ColumnDefinition Validate(AggregateColumn spec, ColumnDefinition column)
    {
        if (spec.DateGrouping != XrmDateTimeGrouping.None && column.Type != ColumnType.DateTime)
        {
            throw OrganizationFaults.InvalidArgument($"dategrouping needs a date and time column; '{column.LogicalName}' is {column.Type}.");
        }

        return column;
    }

    private static IEnumerable<Entity> Order(IEnumerable<Entity> results, AggregateSpec spec, IReadOnlyList<string> groupAliases)
    {
        var keys = spec.Orders.Count > 0 ? spec.Orders : groupAliases.Select(a => new AggregateOrder(a, false)).ToList();
        foreach (var order in spec.Orders)
        {
            if (!spec.Columns.Any(c => string.Equals(c.Alias, order.Alias, StringComparison.OrdinalIgnoreCase)))
            {
                throw OrganizationFaults.InvalidArgument($"The order alias '{order.Alias}' is not an alias of the aggregate query.");
            }
        }

        IOrderedEnumerable<Entity>? sorted = null;
        foreach (var order in keys)
        {
            var alias = spec.Columns.First(c => string.Equals(c.Alias, order.Alias, StringComparison.OrdinalIgnoreCase)).Alias;
            var comparer = Comparer<object?>.Create(CompareNullsFirst);
            Func<Entity, object?> key = e => e.Attributes.TryGetValue(alias, out var v) ? ComparableOf((v as AliasedValue)?.Value) : null;
            sorted = sorted is null
                ? (order.Descending ? results.OrderByDescending(key, comparer) : results.OrderBy(key, comparer))
                : (order.Descending ? sorted.ThenByDescending(key, comparer) : sorted.ThenBy(key, comparer));
        }

        return sorted ?? results;
    }

    private static int CompareNullsFirst(object? left, object? right) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => ComparableValue.Compare(left, right),
    };

    private static object? ComparableOf(object? value) => value switch
    {
        Money m => m.Value,
        OptionSetValue o => (decimal)o.Value,
        EntityReference r => r.Name ?? r.Id.ToString(),
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        _ => value,
    };

    private object? GroupValue(Entity?[] row, AggregateColumn spec, QuerySource source, ColumnDefinition column)
    {
        var raw = StoredValue.Read(row[source.Slot], column, source.Table);
        return raw switch
        {
            null => null,
            DateTime date when spec.DateGrouping != XrmDateTimeGrouping.None => DateGrouping.Group(date, column, spec, context),
            EntityReference reference => new EntityReference(reference.LogicalName, reference.Id)
            {
                Name = rows.PrimaryName(reference.LogicalName, reference.Id) ?? reference.Name,
            },
            Guid id when column.Type is ColumnType.PrimaryKey => id,
            _ => raw,
        };
    }
}
