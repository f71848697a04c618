using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Store;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// An N:N relationship kept as rows of an intersect table: Associate inserts a row per related record,
/// Disassociate removes it. Either side may be the request's Target.
/// </summary>
/// <param name="duplicateMessage">The text of the DuplicateRecord fault when a (first, second) pair is already associated.</param>
/// <param name="idNamedWhenMissing">The id the ObjectDoesNotExist fault names when a (first, second) pair is not associated.</param>
internal sealed class IntersectRelationship(
    string schemaName,
    string intersectTable,
    IntersectSide first,
    IntersectSide second,
    Func<Guid, Guid, string> duplicateMessage,
    Func<Guid, Guid, Guid> idNamedWhenMissing)
{
    public bool Names(Relationship relationship) =>
        string.Equals(relationship.SchemaName, schemaName, StringComparison.OrdinalIgnoreCase);

    public void Associate(MessageOperation operation)
    {
        foreach (var (firstId, secondId) in Pairs(operation))
        {
            if (Find(operation.Org, firstId, secondId) is not null)
            {
                throw OrganizationFaults.Create(ErrorCodes.DuplicateRecord, duplicateMessage(firstId, secondId));
            }

            operation.Org.Writer.InsertSeed(new Entity(intersectTable, Guid.NewGuid())
            {
                [first.IntersectColumn] = firstId,
                [second.IntersectColumn] = secondId,
            });
        }
    }

    public void Disassociate(MessageOperation operation)
    {
        foreach (var (firstId, secondId) in Pairs(operation))
        {
            var row = Find(operation.Org, firstId, secondId)
                ?? throw OrganizationFaults.DoesNotExist(intersectTable, idNamedWhenMissing(firstId, secondId));
            operation.Org.Store.Remove(intersectTable, row.Id);
        }
    }

    /// <summary>
    /// (first, second) id pairs from Target and RelatedEntities, all read and checked before anything is written,
    /// so a bad related record changes nothing.
    /// </summary>
    private List<(Guid First, Guid Second)> Pairs(MessageOperation operation)
    {
        var target = Parameters.Required<EntityReference>(operation.Input, "Target");
        var related = Parameters.Required<EntityReferenceCollection>(operation.Input, "RelatedEntities");
        var pairs = new List<(Guid, Guid)>();
        foreach (var other in related)
        {
            var (firstRow, secondRow) = Orient(target, other);
            Require(operation.Org, firstRow);
            Require(operation.Org, secondRow);
            pairs.Add((firstRow.Id, secondRow.Id));
        }

        return pairs;
    }

    private (EntityReference First, EntityReference Second) Orient(EntityReference target, EntityReference other)
    {
        if (target.LogicalName == first.LogicalName && other.LogicalName == second.LogicalName)
        {
            return (target, other);
        }

        if (target.LogicalName == second.LogicalName && other.LogicalName == first.LogicalName)
        {
            return (other, target);
        }

        throw OrganizationFaults.InvalidArgument(
            $"{schemaName} relates {first.Described} and {second.Described}, not {target.LogicalName} and {other.LogicalName}.");
    }

    private Entity? Find(OrganizationState org, Guid firstId, Guid secondId) =>
        org.Store.Referencing(intersectTable, first.IntersectColumn, firstId).FirstOrDefault(row =>
            row.GetAttributeValue<Guid>(first.IntersectColumn) == firstId && row.GetAttributeValue<Guid>(second.IntersectColumn) == secondId);

    private static void Require(OrganizationState org, EntityReference row)
    {
        if (!org.Store.Exists(row.LogicalName, row.Id))
        {
            throw OrganizationFaults.DoesNotExist(row.LogicalName, row.Id);
        }
    }
}
