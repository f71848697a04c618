using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.SolutionModel.Roles;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// What one user may do with the solution's tables and the platform's sales tables, read once per request: their roles and their teams' roles (the
/// union of their privileges, deepest depth wins), the teams they belong to and their business unit with its child units.
/// </summary>
internal sealed class UserAccess
{
    private readonly IReadOnlyList<SecurityRole> _roles;
    private readonly IReadOnlySet<Guid> _teams;
    private readonly Guid _businessUnit;
    private readonly IReadOnlySet<Guid> _unitAndChildren;

    public UserAccess(Guid userId, IReadOnlyList<SecurityRole> roles, IReadOnlySet<Guid> teams, Guid businessUnit, IReadOnlySet<Guid> unitAndChildren)
    {
        UserId = userId;
        _roles = roles;
        _teams = teams;
        _businessUnit = businessUnit;
        _unitAndChildren = unitAndChildren;
    }

    public Guid UserId { get; }

    /// <summary>
    /// The solution's own tables and the platform's sales tables (<see cref="BaseSalesRoles.CheckedTables"/>: opportunity,
    /// account, contact, lead, order, invoice, closes and activities) are checked; other platform tables (users, teams,
    /// business units, currencies, products …) are not, as the stock roles that grant them are not modelled.
    /// </summary>
    public static bool Checks(TableDefinition table) => table.IsCustom || BaseSalesRoles.IsChecked(table.LogicalName);

    /// <summary>The deepest depth any of the user's roles grants for the privilege; null when none grants it.</summary>
    public PrivilegeDepth? Depth(TableDefinition table, PrivilegeVerb verb)
    {
        PrivilegeDepth? deepest = null;
        foreach (var depth in _roles.Select(r => r.Depth(table, verb)))
        {
            if (depth.HasValue && (!deepest.HasValue || depth.Value > deepest.Value))
            {
                deepest = depth;
            }
        }

        return deepest;
    }

    /// <summary>Throws PrivilegeDenied unless the user holds the privilege at a depth that reaches the row.</summary>
    public void Demand(TableDefinition table, PrivilegeVerb verb, Entity row)
    {
        if (!Checks(table))
        {
            return;
        }

        var depth = Depth(table, verb) ?? throw PrivilegeFaults.Missing(UserId, _roles, table, verb);
        if (!Reaches(depth, table, row))
        {
            throw PrivilegeFaults.NoAccess(UserId, table, verb, row.Id);
        }
    }

    /// <summary>Throws PrivilegeDenied unless one of the user's roles grants the privilege at some depth (custom API execute privileges).</summary>
    public void DemandHeld(TableDefinition table, PrivilegeVerb verb)
    {
        if (Checks(table) && Depth(table, verb) is null)
        {
            throw PrivilegeFaults.Missing(UserId, _roles, table, verb);
        }
    }

    /// <summary>The rows of a table the user may read; throws PrivilegeDenied when they hold no read privilege at all.</summary>
    public Func<Entity, bool> ReadFilter(TableDefinition table)
    {
        if (!Checks(table))
        {
            return _ => true;
        }

        var depth = Depth(table, PrivilegeVerb.Read) ?? throw PrivilegeFaults.Missing(UserId, _roles, table, PrivilegeVerb.Read);
        return row => Reaches(depth, table, row);
    }

    /// <summary>
    /// Basic: owned by the user or by one of their teams; Local: also any row of their business unit; Deep: also the
    /// child units; Global: every row. An organization-owned table has no owner, so any grant reaches every row.
    /// </summary>
    public bool Reaches(PrivilegeDepth depth, TableDefinition table, Entity row)
    {
        if (depth == PrivilegeDepth.Global || table.Ownership == OwnershipType.OrganizationOwned)
        {
            return true;
        }

        var owner = row.GetAttributeValue<EntityReference>("ownerid");
        var ownedByUser = owner is not null && (owner.LogicalName == "team" ? _teams.Contains(owner.Id) : owner.Id == UserId);
        if (ownedByUser || depth == PrivilegeDepth.Basic)
        {
            return ownedByUser;
        }

        var unit = row.GetAttributeValue<EntityReference>("owningbusinessunit")?.Id;
        return unit is Guid id && (depth == PrivilegeDepth.Local ? id == _businessUnit : _unitAndChildren.Contains(id));
    }
}
