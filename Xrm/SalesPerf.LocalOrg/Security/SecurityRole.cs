using System;
using System.Linq;
using SalesPerf.SolutionModel.Roles;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// An installed role, as one identity for all its rows (the root business unit's and the copies in child units): its
/// root <c>role</c> id, the built-in role it is (by template id) or the solution role that defines its grants.
/// </summary>
internal sealed record SecurityRole(Guid RootId, BuiltInRole? BuiltIn, RoleDefinition? Definition)
{
    public bool IsSystemAdministrator => BuiltIn == BuiltInRole.SystemAdministrator;

    public PrivilegeDepth? Depth(TableDefinition table, PrivilegeVerb verb)
    {
        if (IsSystemAdministrator || (BuiltIn == BuiltInRole.SystemCustomizer && table.IsCustom))
        {
            return PrivilegeDepth.Global;
        }

        if (BuiltIn == BuiltInRole.SystemCustomizer && BaseSalesRoles.IsChecked(table.LogicalName))
        {
            // "Self" on the sales tables: the role's own records only (Dynamics CRM 2013/2015 SDK, opportunity and
            // order privileges: System Customizer B).
            return PrivilegeDepth.Basic;
        }

        return Definition?.Depth(table.LogicalName, verb);
    }

    public int PrivilegeCount => Definition?.Tables.Values.Sum(p => p.Count) ?? 0;
}
