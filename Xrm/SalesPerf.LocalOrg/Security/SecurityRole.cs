using System;
using System.Linq;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Security;

/// <summary>An installed role: its <c>role</c> row id and name, and what it grants. System Administrator grants every privilege, Global.</summary>
internal sealed record SecurityRole(Guid Id, string Name, RoleDefinition? Definition)
{
    public bool IsSystemAdministrator => Definition is null;

    public PrivilegeDepth? Depth(string table, PrivilegeVerb verb) =>
        Definition is null ? PrivilegeDepth.Global : Definition.Depth(table, verb);

    public int PrivilegeCount => Definition?.Tables.Values.Sum(p => p.Count) ?? 0;
}
