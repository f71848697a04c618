using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Store;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// teammembership_association (team ↔ systemuser, intersect table teammembership). With
/// systemuserroles_association (<see cref="UserRoles"/>) the only N:N relationships Associate and Disassociate understand.
/// </summary>
internal static class TeamMembership
{
    public const string Relationship = "teammembership_association";

    /// <summary>(team, user) pairs from a request's Target and RelatedEntities, whichever side the Target is.</summary>
    public static IReadOnlyList<(Guid Team, Guid User)> Pairs(MessageOperation operation)
    {
        var relationship = Parameters.Required<Relationship>(operation.Input, "Relationship");
        if (!string.Equals(relationship.SchemaName, Relationship, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException(
                $"The relationship '{relationship.SchemaName}' is not supported by the local organisation (only {Relationship} and {UserRoles.Relationship}).");
        }

        var target = Parameters.Required<EntityReference>(operation.Input, "Target");
        var related = Parameters.Required<EntityReferenceCollection>(operation.Input, "RelatedEntities");
        var pairs = new List<(Guid, Guid)>();
        foreach (var other in related)
        {
            var (team, user) = target.LogicalName switch
            {
                "team" when other.LogicalName == "systemuser" => (target, other),
                "systemuser" when other.LogicalName == "team" => (other, target),
                _ => throw OrganizationFaults.InvalidArgument($"{Relationship} relates a team and a system user, not {target.LogicalName} and {other.LogicalName}."),
            };
            Require(operation.Org, team);
            Require(operation.Org, user);
            pairs.Add((team.Id, user.Id));
        }

        return pairs;
    }

    public static Entity? Find(OrganizationState org, Guid team, Guid user) =>
        org.Store.Rows("teammembership").FirstOrDefault(m => m.GetAttributeValue<Guid>("teamid") == team && m.GetAttributeValue<Guid>("systemuserid") == user);

    private static void Require(OrganizationState org, EntityReference row)
    {
        if (!org.Store.Exists(row.LogicalName, row.Id))
        {
            throw OrganizationFaults.DoesNotExist(row.LogicalName, row.Id);
        }
    }
}
