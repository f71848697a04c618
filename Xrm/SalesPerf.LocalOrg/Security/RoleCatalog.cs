using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Store;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// The organisation's security roles: the built-in System Administrator and the solution's roles, each a <c>role</c>
/// row of the root business unit. Their privileges are kept here, per organisation, instead of in role-privilege rows.
/// </summary>
internal sealed class RoleCatalog
{
    public const string SystemAdministratorName = "System Administrator";

    private readonly Dictionary<Guid, SecurityRole> _roles = [];
    private readonly OrganizationState _org;

    public RoleCatalog(OrganizationState org) => _org = org;

    public void Install(IEnumerable<RoleDefinition> solutionRoles)
    {
        Add(new SecurityRole(Guid.NewGuid(), SystemAdministratorName, null));
        foreach (var role in solutionRoles)
        {
            Add(new SecurityRole(role.Id, role.Name, role));
        }
    }

    public SecurityRole? Find(Guid roleId) => _roles.GetValueOrDefault(roleId);

    public SecurityRole? FindByName(string name) =>
        _roles.Values.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<string> Names => _roles.Values.Select(r => r.Name);

    private void Add(SecurityRole role)
    {
        _roles.Add(role.Id, role);
        if (_org.Metadata.HasTable("role"))
        {
            _org.Writer.InsertSeed(new Entity("role", role.Id)
            {
                ["name"] = role.Name,
                ["businessunitid"] = new EntityReference("businessunit", _org.Ids.RootBusinessUnitId),
            });
        }
    }
}
