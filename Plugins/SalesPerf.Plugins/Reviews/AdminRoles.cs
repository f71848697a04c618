using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// Who counts as an admin of reviews: a user holding a security role named "SalesPerf Admin" (the solution's role)
/// or "System Administrator" (the platform's), read through <c>systemuserroles</c>. One query, through the SYSTEM
/// service (reading roles needs no privilege of the caller), made only when the caller is neither the reviewee nor
/// the reviewer and the step would otherwise be refused.
/// </summary>
internal static class AdminRoles
{
    public const string SalesPerfAdmin = "SalesPerf Admin";
    public const string SystemAdministrator = "System Administrator";

    private const string RoleTable = "role";
    private const string RoleId = "roleid";
    private const string RoleName = "name";
    private const string UserRolesTable = "systemuserroles";
    private const string UserId = "systemuserid";

    public static bool Holds(IOrganizationService service, Guid userId)
    {
        var query = new QueryExpression(RoleTable) { ColumnSet = new ColumnSet(RoleId), TopCount = 1 };
        query.Criteria.AddCondition(RoleName, ConditionOperator.In, SalesPerfAdmin, SystemAdministrator);
        var link = query.AddLink(UserRolesTable, RoleId, RoleId);
        link.LinkCriteria.AddCondition(UserId, ConditionOperator.Equal, userId);
        return service.RetrieveMultiple(query).Entities.Count > 0;
    }
}
