using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// Turns a joined row into a result entity: copies of the requested root columns (nulls stay absent), the
/// primary key, and each link's requested columns as <see cref="AliasedValue"/> under "alias.column" (doc 3.1).
/// A distinct query returns the primary key only when it is requested, since it would defeat distinct.
/// </summary>
internal sealed class Projector
{
    private readonly QueryScope scope;
    private readonly ValueCopier copier;
    private readonly bool includeKey;
    private readonly IReadOnlyList<ColumnDefinition>? rootColumns;
    private readonly List<(QuerySource Source, IReadOnlyList<ColumnDefinition>? Columns)> linkColumns = [];

    public Projector(QueryScope scope, ValueCopier copier, QueryExpression query)
    {
        this.scope = scope;
        this.copier = copier;
        rootColumns = Resolve(scope.Root, query.ColumnSet);
        var keyRequested = rootColumns is null || rootColumns.Any(c => c.LogicalName == scope.Root.Table.PrimaryIdAttribute);
        includeKey = !query.Distinct || keyRequested;
        foreach (var source in scope.Sources.Skip(1))
        {
            var columns = source.Link!.Columns;
            if (columns is not null && (columns.AllColumns || columns.Columns.Count > 0))
            {
                linkColumns.Add((source, Resolve(source, columns)));
            }
        }
    }

    public Entity Project(Entity?[] row)
    {
        var stored = row[0]!;
        var root = scope.Root.Table;
        var result = new Entity(root.LogicalName);
        if (includeKey)
        {
            var id = StoredValue.Read(stored, root.FindColumn(root.PrimaryIdAttribute) ?? KeyColumn(root), root) as Guid? ?? stored.Id;
            result.Id = id;
            result[root.PrimaryIdAttribute] = id;
        }

        foreach (var (name, value) in Values(stored, scope.Root, rootColumns))
        {
            result[name] = value;
        }

        foreach (var (source, columns) in linkColumns)
        {
            foreach (var (name, value) in Values(row[source.Slot], source, columns))
            {
                result[source.Alias + "." + name] = new AliasedValue(source.Table.LogicalName, name, value);
            }
        }

        return result;
    }

    private static ColumnDefinition KeyColumn(TableDefinition table) => new()
    {
        LogicalName = table.PrimaryIdAttribute,
        Type = ColumnType.PrimaryKey,
        DisplayName = table.DisplayName,
    };

    private static IReadOnlyList<ColumnDefinition>? Resolve(QuerySource source, ColumnSet? columns)
    {
        if (columns is null)
        {
            return [];
        }

        return columns.AllColumns ? null : columns.Columns.Select(source.Column).Distinct().ToList();
    }

    private IEnumerable<(string Name, object Value)> Values(Entity? stored, QuerySource source, IReadOnlyList<ColumnDefinition>? columns)
    {
        if (stored is null)
        {
            yield break;
        }

        if (columns is null)
        {
            foreach (var attribute in stored.Attributes.Where(a => a.Value is not null))
            {
                yield return (attribute.Key, copier.Copy(attribute.Value)!);
            }

            yield break;
        }

        foreach (var column in columns)
        {
            if (StoredValue.Read(stored, column, source.Table) is { } value)
            {
                yield return (column.LogicalName, copier.Copy(value)!);
            }
        }
    }
}
