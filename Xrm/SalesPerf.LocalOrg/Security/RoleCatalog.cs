using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Store;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// The organisation's security roles as Dataverse keeps them: the built-in roles (<see cref="BuiltInRole"/>, named in
/// the base language, carrying their <c>roletemplateid</c>) and the solution's roles (with the solution's role ids),
/// each a <c>role</c> row of the root business unit, and a copy of every one of them in each child business unit
/// (<c>parentrootroleid</c> → the root row, <c>parentroleid</c> → the parent unit's row). The built-in administrator
/// holds System Administrator through a <c>systemuserroles</c> row. Grants are kept here, per role, instead of in
/// role-privilege rows.
/// </summary>
internal sealed class RoleCatalog
{
    private readonly Dictionary<Guid, SecurityRole> _byRow = [];
    private readonly Dictionary<(Guid Unit, Guid Root), Guid> _rowIn = [];
    private readonly List<SecurityRole> _roots = [];
    private readonly Dictionary<Guid, string> _names = [];
    private readonly OrganizationState _org;

    public RoleCatalog(OrganizationState org) => _org = org;

    private bool HasRoleRows => _org.Metadata.HasTable("role");

    public void Install(IEnumerable<RoleDefinition> solutionRoles, int languageCode)
    {
        var unit = _org.Ids.RootBusinessUnitId;
        foreach (var builtIn in BuiltInRole.All)
        {
            if (_org.Metadata.HasTable("roletemplate"))
            {
                _org.Writer.InsertSeed(new Entity("roletemplate", builtIn.TemplateId) { ["name"] = builtIn.EnglishName });
            }

            AddRoot(new SecurityRole(Guid.NewGuid(), builtIn, null), builtIn.NameIn(languageCode));
        }

        foreach (var role in solutionRoles)
        {
            AddRoot(new SecurityRole(role.Id, null, role), role.Name);
        }

        if (_org.Metadata.HasTable("systemuserroles"))
        {
            _org.Writer.InsertSeed(new Entity("systemuserroles", Guid.NewGuid())
            {
                ["systemuserid"] = _org.Ids.AdministratorId,
                ["roleid"] = RowIn(unit, BuiltInRole.SystemAdministrator.TemplateId)!.Value,
            });
        }
    }

    /// <summary>Copies every role into a new child business unit, as the platform does when the unit is created.</summary>
    public void CopyInto(Guid unitId, Guid parentUnitId)
    {
        foreach (var role in _roots)
        {
            var parentRow = _rowIn.GetValueOrDefault((parentUnitId, role.RootId), role.RootId);
            var id = Guid.NewGuid();
            Register(id, unitId, role);
            if (HasRoleRows)
            {
                var root = _org.Store.Find("role", role.RootId);
                _org.Writer.InsertSeed(Row(id, root?.GetAttributeValue<string>("name") ?? string.Empty, unitId, role, parentRow));
            }
        }
    }

    /// <summary>The role a <c>role</c> row (root or copy) belongs to; null for a row the catalogue does not know.</summary>
    public SecurityRole? Find(Guid roleRowId) => _byRow.GetValueOrDefault(roleRowId);

    /// <summary>
    /// The <c>role</c> row in a business unit of the role named by identity: a solution role id, a root role id or a
    /// built-in role's template id. Null when no role has that identity.
    /// </summary>
    public Guid? RowIn(Guid unitId, Guid identity)
    {
        var role = _roots.FirstOrDefault(r => r.RootId == identity || r.BuiltIn?.TemplateId == identity);
        return role is null ? null : _rowIn.GetValueOrDefault((unitId, role.RootId), role.RootId);
    }

    /// <summary>The root role id of the role currently named <paramref name="name"/> (as the organisation names it now: a rename counts).</summary>
    public Guid? RootIdNamed(string name) =>
        _roots.Select(r => (Role: r, Name: CurrentName(r))).FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)).Role?.RootId;

    /// <summary>The names the roles have now, for messages.</summary>
    public IEnumerable<string> Names => _roots.Select(CurrentName);

    private string CurrentName(SecurityRole role) =>
        (HasRoleRows ? _org.Store.Find("role", role.RootId)?.GetAttributeValue<string>("name") : null) ?? _names[role.RootId];

    private void AddRoot(SecurityRole role, string name)
    {
        _roots.Add(role);
        _names[role.RootId] = name;
        Register(role.RootId, _org.Ids.RootBusinessUnitId, role);
        if (HasRoleRows)
        {
            _org.Writer.InsertSeed(Row(role.RootId, name, _org.Ids.RootBusinessUnitId, role, null));
        }
    }

    private void Register(Guid rowId, Guid unitId, SecurityRole role)
    {
        _byRow.Add(rowId, role);
        _rowIn[(unitId, role.RootId)] = rowId;
    }

    /// <summary>A role row; columns the organisation's role table lacks are dropped by the seed writer.</summary>
    private static Entity Row(Guid id, string name, Guid unitId, SecurityRole role, Guid? parentRow)
    {
        var row = new Entity("role", id)
        {
            ["name"] = name,
            ["businessunitid"] = new EntityReference("businessunit", unitId),
        };
        if (role.BuiltIn is { } builtIn)
        {
            row["roletemplateid"] = new EntityReference("roletemplate", builtIn.TemplateId);
        }

        if (parentRow is Guid parent)
        {
            row["parentrootroleid"] = new EntityReference("role", role.RootId);
            row["parentroleid"] = new EntityReference("role", parent);
        }

        return row;
    }
}
