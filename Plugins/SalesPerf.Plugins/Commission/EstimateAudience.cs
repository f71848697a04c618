using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Who may see what a deal would pay (<c>spm_EstimateCommission</c>): a caller (<c>InitiatingUserId</c>) who may read
/// the opportunity, decided by the platform through the caller's own service (an access-trimmed query, which never
/// faults for a row the caller cannot see), AND who is credited on it (its owner or a user with an active split), a
/// manager of one of them anywhere up the <c>systemuser.parentsystemuserid</c> chain, or an admin by role identity
/// (<see cref="AdminRoles"/>). The chain is walked as SYSTEM, at most <see cref="MaxChain"/> levels, and stops at a loop.
/// </summary>
internal static class EstimateAudience
{
    public const int MaxChain = 20;
    private const string ParentUser = "parentsystemuserid";

    public static bool Allows(IOrganizationService caller, IOrganizationService system, Guid callerId, Guid opportunityId, IReadOnlyCollection<Guid> credited)
    {
        if (!Readable(caller, opportunityId))
        {
            return false;
        }

        return credited.Contains(callerId)
            || credited.Any(user => ManagesUp(system, user, callerId))
            || AdminRoles.Holds(system, callerId);
    }

    private static bool Readable(IOrganizationService caller, Guid opportunityId)
    {
        var query = new QueryExpression(OpportunityColumns.EntityName) { ColumnSet = new ColumnSet(OpportunityColumns.Id), TopCount = 1 };
        query.Criteria.AddCondition(OpportunityColumns.Id, ConditionOperator.Equal, opportunityId);
        return caller.RetrieveMultiple(query).Entities.Count > 0;
    }

    private static bool ManagesUp(IOrganizationService system, Guid userId, Guid callerId)
    {
        var seen = new HashSet<Guid> { userId };
        var current = userId;
        for (var level = 0; level < MaxChain; level++)
        {
            var manager = system.Retrieve(OwnerColumns.UserEntityName, current, new ColumnSet(ParentUser)).GetAttributeValue<EntityReference>(ParentUser)?.Id;
            if (!manager.HasValue || !seen.Add(manager.Value))
            {
                return false;
            }

            if (manager.Value == callerId)
            {
                return true;
            }

            current = manager.Value;
        }

        return false;
    }
}
