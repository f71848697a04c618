using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// The caller's role on one statement, from <c>InitiatingUserId</c> (the person, even when a plug-in writes for them):
/// the statement's owner is the Rep; the owner's manager (<c>systemuser.parentsystemuserid</c>) is the Manager; a
/// holder of System Administrator or SalesPerf Admin, known by role identity (<see cref="AdminRoles"/>), is an Admin.
/// Roles are read (SYSTEM, one query) only when the caller is neither rep nor manager. Null: none of these.
/// </summary>
internal static class StatementActors
{
    private const string ParentUser = "parentsystemuserid";

    public static StatementActor? Of(IOrganizationService system, Guid callerId, Guid ownerId)
    {
        if (callerId == ownerId)
        {
            return StatementActor.Rep;
        }

        var owner = system.Retrieve(OwnerColumns.UserEntityName, ownerId, new ColumnSet(ParentUser));
        if (owner.GetAttributeValue<EntityReference>(ParentUser)?.Id == callerId)
        {
            return StatementActor.Manager;
        }

        return AdminRoles.Holds(system, callerId) ? StatementActor.Admin : null;
    }
}
