using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Store;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// Decides whose requests are checked. SYSTEM never is; a holder of System Administrator (by template id, directly or
/// through a team) is not checked either. A user with no role at all, directly or through a team, is denied everything
/// (section 10: there is no "no role means administrator" rule). Everyone else gets a <see cref="UserAccess"/> read from
/// the store now: their own roles and the roles of the teams they belong to.
/// </summary>
internal sealed class AccessChecker
{
    private readonly OrganizationState _org;

    public AccessChecker(OrganizationState org) => _org = org;

    /// <summary>The user's access, or null when nothing they do is checked; PrivilegeDenied when they hold no role.</summary>
    public UserAccess? For(Guid userId)
    {
        if (userId == _org.Ids.SystemUserId)
        {
            return null;
        }

        var teams = Rows("teammembership", "systemuserid", userId).Where(m => m.GetAttributeValue<Guid>("systemuserid") == userId).Select(m => m.GetAttributeValue<Guid>("teamid")).ToHashSet();
        var roleRows = Rows("systemuserroles", "systemuserid", userId).Where(r => r.GetAttributeValue<Guid>("systemuserid") == userId).Select(r => r.GetAttributeValue<Guid>("roleid"))
            .Concat(teams.SelectMany(team => Rows("teamroles", "teamid", team)).Select(r => r.GetAttributeValue<Guid>("roleid")));
        var roles = roleRows.Select(_org.Roles.Find).OfType<SecurityRole>().Distinct().ToList();
        if (roles.Count == 0)
        {
            throw PrivilegeFaults.NoRole(userId);
        }

        if (roles.Any(r => r.IsSystemAdministrator))
        {
            return null;
        }

        var unit = _org.BusinessUnitOf("systemuser", userId);
        return new UserAccess(userId, roles, teams, unit, UnitAndChildren(unit));
    }

    private IEnumerable<Entity> Rows(string table, string column, Guid id) => _org.Metadata.HasTable(table) ? _org.Store.Referencing(table, column, id) : [];

    private HashSet<Guid> UnitAndChildren(Guid unit)
    {
        var children = _org.Store.Rows("businessunit")
            .Select(b => (Id: b.Id, Parent: b.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id))
            .Where(b => b.Parent.HasValue)
            .ToLookup(b => b.Parent!.Value, b => b.Id);
        var reached = new HashSet<Guid> { unit };
        var pending = new Queue<Guid>([unit]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var child in children[current].Where(reached.Add))
            {
                pending.Enqueue(child);
            }
        }

        return reached;
    }
}
