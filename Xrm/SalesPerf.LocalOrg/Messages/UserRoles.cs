using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Store;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// systemuserroles_association (systemuser ↔ role, intersect table systemuserroles): Associate gives users roles,
/// Disassociate takes them away. Either side may be the Target.
/// </summary>
internal static class UserRoles
{
    public const string Relationship = "systemuserroles_association";

    public static bool Handles(MessageOperation operation) =>
        string.Equals(Parameters.Required<Relationship>(operation.Input, "Relationship").SchemaName, Relationship, StringComparison.OrdinalIgnoreCase);

    public static void Associate(MessageOperation operation)
    {
        foreach (var (user, role) in Pairs(operation))
        {
            if (Find(operation.Org, user, role) is not null)
            {
                throw OrganizationFaults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: user {user} already holds role {role}.");
            }

            operation.Org.Writer.InsertSeed(new Entity("systemuserroles", Guid.NewGuid()) { ["systemuserid"] = user, ["roleid"] = role });
        }
    }

    public static void Disassociate(MessageOperation operation)
    {
        foreach (var (user, role) in Pairs(operation))
        {
            var row = Find(operation.Org, user, role) ?? throw OrganizationFaults.DoesNotExist("systemuserroles", role);
            operation.Org.Store.Remove("systemuserroles", row.Id);
        }
    }

    private static List<(Guid User, Guid Role)> Pairs(MessageOperation operation)
    {
        var target = Parameters.Required<EntityReference>(operation.Input, "Target");
        var related = Parameters.Required<EntityReferenceCollection>(operation.Input, "RelatedEntities");
        var pairs = new List<(Guid, Guid)>();
        foreach (var other in related)
        {
            var (user, role) = target.LogicalName switch
            {
                "systemuser" when other.LogicalName == "role" => (target, other),
                "role" when other.LogicalName == "systemuser" => (other, target),
                _ => throw OrganizationFaults.InvalidArgument($"{Relationship} relates a system user and a role, not {target.LogicalName} and {other.LogicalName}."),
            };
            foreach (var row in new[] { user, role }.Where(r => !operation.Org.Store.Exists(r.LogicalName, r.Id)))
            {
                throw OrganizationFaults.DoesNotExist(row.LogicalName, row.Id);
            }

            pairs.Add((user.Id, role.Id));
        }

        return pairs;
    }

    private static Entity? Find(OrganizationState org, Guid user, Guid role) =>
        org.Store.Rows("systemuserroles").FirstOrDefault(r => r.GetAttributeValue<Guid>("systemuserid") == user && r.GetAttributeValue<Guid>("roleid") == role);
}
