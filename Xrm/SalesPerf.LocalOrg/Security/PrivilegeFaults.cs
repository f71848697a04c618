using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// PrivilegeDenied faults (section 5), worded as the platform words them: "Principal user (Id=…) is missing
/// prvReadX privilege …" when no role grants the privilege, "Principal with id … does not have WriteAccess right(s)
/// for record with id …" when the depth does not reach the row. The platform reports the second case with the
/// SecLib access-check code; the local organisation uses PrivilegeDenied for both.
/// </summary>
internal static class PrivilegeFaults
{
    public static FaultException<OrganizationServiceFault> Missing(Guid userId, IReadOnlyList<SecurityRole> roles, TableDefinition table, PrivilegeVerb verb) =>
        OrganizationFaults.Create(
            ErrorCodes.PrivilegeDenied,
            $"Principal user (Id={userId}, type=8, roleCount={roles.Count}, privilegeCount={roles.Sum(r => r.PrivilegeCount)}, accessMode=0), " +
            $"is missing {BaseSalesRoles.PrivilegeName(verb, table)} privilege for entity '{table.LogicalName}' (LocalizedName='{table.DisplayName.English}'). " +
            $"context.Caller={userId}. Consider adding missed privilege to one of the principal (user/team) roles.");

    /// <summary>
    /// A caller with no security role, directly or through a team: access is denied (section 10). The wording follows
    /// the "missing privilege" fault with roleCount=0; the platform's exact text for this case is NOT VERIFIED.
    /// </summary>
    public static FaultException<OrganizationServiceFault> NoRole(Guid userId) =>
        OrganizationFaults.Create(
            ErrorCodes.PrivilegeDenied,
            $"Principal user (Id={userId}, type=8, roleCount=0, privilegeCount=0, accessMode=0) holds no security role, directly or through a team: access is denied. " +
            $"context.Caller={userId}. Assign the user a security role.");

    public static FaultException<OrganizationServiceFault> NoAccess(Guid userId, TableDefinition table, PrivilegeVerb verb, Guid rowId) =>
        OrganizationFaults.Create(
            ErrorCodes.PrivilegeDenied,
            $"Principal with id {userId} does not have {verb}Access right(s) for record with id {rowId} of entity {table.LogicalName}.");
}
