using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Store;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// Decides whose requests are checked. SYSTEM never is; a user without any role holds System Administrator (the
/// local organisation's convention, so that callers who never assign roles keep full access); a holder of System
/// Administrator is not checked either. Everyone else gets a <see cref="UserAccess"/> read from the store now.
/// </summary>
internal sealed class AccessChecker
{
    private readonly OrganizationState _org;

    public AccessChecker(OrganizationState org) => _org = org;

    /// <summary>The user's access, or null when nothing they do is checked.</summary>
    public UserAccess? For(Guid userId)
    {
        if (userId == _org.Ids.SystemUserId)
        {
            return null;
        }

        var roles = _org.Store.Rows("systemuserroles")
            .Where(r => r.GetAttributeValue<Guid>("systemuserid") == userId)
            .Select(r => _org.Roles.Find(r.GetAttributeValue<Guid>("roleid")))
            .OfType<SecurityRole>()
            .ToList();
        if (roles.Count == 0 || roles.Any(r => r.IsSystemAdministrator))
        {
            return null;
        }

        var teams = _org.Metadata.HasTable("teammembership")
            ? _org.Store.Rows("teammembership").Where(m => m.GetAttributeValue<Guid>("systemuserid") == userId).Select(m => m.GetAttributeValue<Guid>("teamid")).ToHashSet()
            : [];
        var unit = _org.BusinessUnitOf("systemuser", userId);
        return new UserAccess(userId, roles, teams, unit, UnitAndChildren(unit));
    }

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
