using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Query;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>A minimal row source for driving the query engine directly: hand-made tables, rows added by the test.</summary>
public sealed class InMemoryRows : IRowSource
{
    private readonly Dictionary<string, TableDefinition> tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entity>> rows = new(StringComparer.Ordinal);

    public InMemoryRows(IEnumerable<TableDefinition> definitions)
    {
        foreach (var table in definitions)
        {
            tables[table.LogicalName] = table;
            rows[table.LogicalName] = [];
        }
    }

    public int TableReads { get; private set; }

    public TableDefinition Table(string logicalName) =>
        tables.TryGetValue(logicalName, out var table)
            ? table
            : throw new System.ServiceModel.FaultException<OrganizationServiceFault>(
                new OrganizationServiceFault { ErrorCode = -2147217150, Message = $"The entity with a name = '{logicalName}' was not found." });

    public IEnumerable<Entity> Rows(string logicalName)
    {
        TableReads++;
        return rows[logicalName];
    }

    public string? PrimaryName(string logicalName, Guid id)
    {
        var table = tables[logicalName];
        return rows[logicalName].FirstOrDefault(r => r.Id == id)?.GetAttributeValue<string>(table.PrimaryNameAttribute);
    }

    /// <summary>Adds a row; null values are left out, as the store never keeps nulls.</summary>
    public Entity Add(string table, params (string Column, object? Value)[] values)
    {
        var definition = tables[table];
        var id = values.FirstOrDefault(v => v.Column == definition.PrimaryIdAttribute).Value as Guid? ?? Guid.NewGuid();
        var entity = new Entity(table, id);
        entity[definition.PrimaryIdAttribute] = id;
        foreach (var (column, value) in values.Where(v => v.Value is not null))
        {
            entity[column] = value;
        }

        rows[table].Add(entity);
        return entity;
    }
}
