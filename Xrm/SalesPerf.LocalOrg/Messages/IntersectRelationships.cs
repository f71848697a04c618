using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>The only N:N relationships Associate and Disassociate understand.</summary>
internal static class IntersectRelationships
{
    private static readonly IntersectRelationship SystemUserRoles = new(
        UserRoles.Relationship, "systemuserroles", new("systemuser", "systemuserid", "a system user"), new("role", "roleid", "a role"),
        (user, role) => $"Cannot insert duplicate key: user {user} already holds role {role}.",
        (user, role) => role);

    private static readonly IntersectRelationship TeamMemberships = new(
        TeamMembership.Relationship, "teammembership", new("team", "teamid", "a team"), new("systemuser", "systemuserid", "a system user"),
        (team, user) => $"Cannot insert duplicate key: user {user} is already a member of team {team}.",
        (team, user) => team);

    private static readonly IntersectRelationship TeamRoleGrants = new(
        TeamRoles.Relationship, "teamroles", new("team", "teamid", "a team"), new("role", "roleid", "a role"),
        (team, role) => $"Cannot insert duplicate key: team {team} already holds role {role}.",
        (team, role) => role);

    /// <summary>The relationship a request's Relationship parameter names; any other is loudly unsupported.</summary>
    public static IntersectRelationship For(MessageOperation operation)
    {
        var relationship = Parameters.Required<Relationship>(operation.Input, "Relationship");
        if (SystemUserRoles.Names(relationship))
        {
            return SystemUserRoles;
        }

        if (TeamMemberships.Names(relationship))
        {
            return TeamMemberships;
        }

        if (TeamRoleGrants.Names(relationship))
        {
            return TeamRoleGrants;
        }

        throw new NotSupportedException(
            $"The relationship '{relationship.SchemaName}' is not supported by the local organisation (only {TeamMembership.Relationship}, {UserRoles.Relationship} and {TeamRoles.Relationship}).");
    }
}
