using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Messages;
using SalesPerf.LocalOrg.Security;

namespace SalesPerf.LocalOrg;

/// <summary>Security roles of the organisation, by name as the organisation names them or by identity.</summary>
public sealed partial class LocalOrganization
{
    /// <summary>
    /// Gives the user a security role named as the organisation names it now (its base language, any rename) through
    /// systemuserroles_association, as the administrator: the role's row in the user's business unit. A user holding
    /// no role is denied everything; one holding only roles other than System Administrator is checked on the
    /// solution's tables (see the README's security section).
    /// </summary>
    public void AssignRole(Guid userId, string roleName)
    {
        ArgumentNullException.ThrowIfNull(roleName);
        var identity = _org.Roles.RootIdNamed(roleName)
            ?? throw new ArgumentException($"There is no security role '{roleName}' (known: {string.Join(", ", _org.Roles.Names)}).", nameof(roleName));
        AssignRole(userId, identity);
    }

    /// <summary>
    /// Gives the user a security role by identity, whatever the organisation's language or the role's current name:
    /// a built-in role's template id (<see cref="BuiltInRole.TemplateId"/>) or a solution role's id.
    /// </summary>
    public void AssignRole(Guid userId, Guid roleIdentity) =>
        Service.Associate("systemuser", userId, new Relationship(UserRoles.Relationship), new EntityReferenceCollection { new EntityReference("role", RoleId(roleIdentity, _org.BusinessUnitOf("systemuser", userId))) });

    /// <summary>Gives an owner team a security role by identity (teamroles_association); its members hold the role through the team.</summary>
    public void AssignTeamRole(Guid teamId, Guid roleIdentity) =>
        Service.Associate("team", teamId, new Relationship(TeamRoles.Relationship), new EntityReferenceCollection { new EntityReference("role", RoleId(roleIdentity, _org.BusinessUnitOf("team", teamId))) });

    /// <summary>
    /// The <c>role</c> row of a role (template id or solution role id) in a business unit (default: the root one):
    /// the root row itself, or the unit's copy whose parentrootroleid points to it.
    /// </summary>
    public Guid RoleId(Guid roleIdentity, Guid? businessUnitId = null) =>
        _org.Roles.RowIn(businessUnitId ?? RootBusinessUnitId, roleIdentity)
            ?? throw new ArgumentException($"There is no security role with template or role id {roleIdentity}.", nameof(roleIdentity));
}
