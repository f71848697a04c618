using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// Who counts as an admin of SalesPerf: a user holding System Administrator (by <c>roletemplateid</c>) or SalesPerf
/// Admin (by the solution's role id, as <c>roleid</c> in the root business unit or <c>parentrootroleid</c> of its copy
/// in a child unit), directly (<c>systemuserroles</c>) or through a team they belong to (<c>teammembership</c> →
/// <c>teamroles</c>), as Microsoft's IsSystemAdmin sample does. Identities only (<see cref="RoleIdentities"/>): role
/// names are localised and editable. One query on <c>role</c> with both paths as outer joins, through the SYSTEM
/// service (reading roles needs no privilege of the caller), made only when the step would otherwise be refused.
/// </summary>
internal static class AdminRoles
{
    private const string RoleTable = "role";
    private const string RoleId = "roleid";
    private const string RoleTemplateId = "roletemplateid";
    private const string ParentRootRoleId = "parentrootroleid";
    private const string UserRolesTable = "systemuserroles";
    private const string TeamRolesTable = "teamroles";
    private const string TeamMembershipTable = "teammembership";
    private const string TeamId = "teamid";
    private const string UserId = "systemuserid";
    private const string DirectAlias = "direct";
    private const string MemberAlias = "member";

    public static bool Holds(IOrganizationService service, Guid userId)
    {
        var query = new QueryExpression(RoleTable) { ColumnSet = new ColumnSet(RoleId), TopCount = 1 };

        var admin = new FilterExpression(LogicalOperator.Or);
        admin.AddCondition(RoleTemplateId, ConditionOperator.Equal, RoleIdentities.SystemAdministratorTemplate);
        admin.AddCondition(RoleId, ConditionOperator.Equal, RoleIdentities.SalesPerfAdmin);
        admin.AddCondition(ParentRootRoleId, ConditionOperator.Equal, RoleIdentities.SalesPerfAdmin);
        query.Criteria.AddFilter(admin);

        var direct = query.AddLink(UserRolesTable, RoleId, RoleId, JoinOperator.LeftOuter);
        direct.EntityAlias = DirectAlias;
        var teamRoles = query.AddLink(TeamRolesTable, RoleId, RoleId, JoinOperator.LeftOuter);
        var member = teamRoles.AddLink(TeamMembershipTable, TeamId, TeamId, JoinOperator.LeftOuter);
        member.EntityAlias = MemberAlias;

        var holder = new FilterExpression(LogicalOperator.Or);
        holder.AddCondition(DirectAlias, UserId, ConditionOperator.Equal, userId);
        holder.AddCondition(MemberAlias, UserId, ConditionOperator.Equal, userId);
        query.Criteria.AddFilter(holder);

        return service.RetrieveMultiple(query).Entities.Count > 0;
    }
}
