using System;
using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Roles;

/// <summary>
/// A security role of the solution (Solution/Roles/*.json): a fixed id, the exported name, a bilingual description
/// (the export carries only the name), and per table the depth of each privilege it grants.
/// </summary>
public sealed record RoleDefinition
{
    public required Guid Id { get; init; }

    /// <summary>The role's name in the export (<c>Role @name</c>); one name, the format has no translations for it.</summary>
    public required string Name { get; init; }

    public Label? Description { get; init; }

    /// <summary>Table logical name → privilege → depth. A privilege that is absent is not granted.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<PrivilegeVerb, PrivilegeDepth>> Tables { get; init; }

    /// <summary>The depth of one privilege, or null when the role does not grant it.</summary>
    public PrivilegeDepth? Depth(string table, PrivilegeVerb verb) =>
        Tables.TryGetValue(table, out var privileges) && privileges.TryGetValue(verb, out var depth) ? depth : null;
}
