using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Tests.Doubles;

/// <summary>
/// Just enough of an organization service for plug-in unit tests: Retrieve by id and an unfiltered or single-condition
/// RetrieveMultiple over stored rows, both honouring the named columns; every call is logged. The full
/// emulator (SalesPerf.LocalOrg) runs these plug-ins for real in the pipeline tests.
/// </summary>
public sealed class FakeOrganizationService(Guid? userId) : IOrganizationService
{
    private readonly List<Entity> rows = [];
    private readonly List<string> calls = [];

    public Guid? UserId { get; } = userId;

    public IReadOnlyList<string> Calls => calls;

    public void Add(Entity row) => rows.Add(row);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        calls.Add($"Retrieve {entityName} {id:D} [{Columns(columnSet)}]");
        var row = rows.SingleOrDefault(r => r.LogicalName == entityName && r.Id == id)
            ?? throw new InvalidOperationException($"{entityName} {id:D} does not exist.");
        return Project(row, columnSet);
    }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        if (query is not QueryExpression expression)
        {
            throw new NotSupportedException("The fake supports QueryExpression only.");
        }

        if (expression.Criteria.Conditions.Count > 1 || expression.Criteria.Filters.Count > 0)
        {
            // A query the fake cannot evaluate is answered only over a table it holds no row of: then nothing matches.
            if (rows.Any(r => r.LogicalName == expression.EntityName))
            {
                throw new NotSupportedException("The fake evaluates a QueryExpression with at most one condition; a richer one only over a table without rows.");
            }

            calls.Add($"RetrieveMultiple {expression.EntityName} where (filters) [{Columns(expression.ColumnSet)}]");
            return new EntityCollection { EntityName = expression.EntityName };
        }

        var condition = expression.Criteria.Conditions.FirstOrDefault();
        calls.Add($"RetrieveMultiple {expression.EntityName} where {condition?.AttributeName ?? "-"} [{Columns(expression.ColumnSet)}]");
        var matches = rows
            .Where(r => r.LogicalName == expression.EntityName
                && (condition is null || Equals(r.Contains(condition.AttributeName) ? r[condition.AttributeName] : null, condition.Values[0])))
            .Take(expression.TopCount ?? int.MaxValue)
            .Select(r => Project(r, expression.ColumnSet));
        var result = new EntityCollection { EntityName = expression.EntityName };
        result.Entities.AddRange(matches);
        return result;
    }

    public Guid Create(Entity entity) => throw new NotSupportedException("Create");

    public void Update(Entity entity) => throw new NotSupportedException("Update");

    public void Delete(string entityName, Guid id) => throw new NotSupportedException("Delete");

    public OrganizationResponse Execute(OrganizationRequest request) => throw new NotSupportedException("Execute");

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("Associate");

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("Disassociate");

    private static string Columns(ColumnSet columnSet) =>
        columnSet.AllColumns ? "*" : string.Join(",", columnSet.Columns);

    private static Entity Project(Entity row, ColumnSet columnSet)
    {
        if (columnSet.AllColumns)
        {
            throw new NotSupportedException("Plug-ins must name their columns.");
        }

        var copy = new Entity(row.LogicalName, row.Id);
        foreach (var column in columnSet.Columns.Where(row.Contains))
        {
            copy[column] = row[column];
        }

        return copy;
    }
}
