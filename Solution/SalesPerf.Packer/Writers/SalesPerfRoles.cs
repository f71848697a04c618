using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// The three SalesPerf roles (domain.md "Users" and section 2). Owners of targets, scorecards, plan assignments,
/// statements, lines and reviews are the people who must achieve, so a rep's Basic depth shows only their own rows;
/// a manager reaches the team through Deep (business unit and child units); an admin configures everything.
/// Organization-owned configuration tables know only Global depth.
/// </summary>
public static class SalesPerfRoles
{
    public static readonly Guid RepId = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01");
    public static readonly Guid ManagerId = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e02");
    public static readonly Guid AdminId = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e03");

    public static readonly IReadOnlyList<string> Verbs = ["Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share"];

    /// <summary>Privileges an organization-owned table has (no Assign or Share: nobody owns its rows).</summary>
    public static readonly IReadOnlyList<string> OrganizationVerbs = ["Create", "Read", "Write", "Delete", "Append", "AppendTo"];

    private static readonly string[] Read = ["Read", "Append", "AppendTo"];

    public static IReadOnlyList<RoleDefinition> For(IEnumerable<TableDefinition> customTables)
    {
        ArgumentNullException.ThrowIfNull(customTables);
        var tables = customTables.ToList();
        return [Rep(tables), Manager(tables), Admin(tables)];
    }

    private static RoleDefinition Rep(List<TableDefinition> tables) => new(RepId, "SalesPerf Rep", tables.ToDictionary(
        t => t.LogicalName,
        t => t.Ownership == OwnershipType.OrganizationOwned
            ? Grant(Read, PrivilegeDepth.Global)
            : t.LogicalName switch
            {
                // A rep writes the self-assessment and comments of their own review, and reads the rest of their own rows.
                "spm_review" => Grant(["Read", "Write", "Append", "AppendTo"], PrivilegeDepth.Basic),
                _ => Grant(Read, PrivilegeDepth.Basic),
            }));

    private static RoleDefinition Manager(List<TableDefinition> tables) => new(ManagerId, "SalesPerf Manager", tables.ToDictionary(
        t => t.LogicalName,
        t => t.Ownership == OwnershipType.OrganizationOwned
            ? Grant(Read, PrivilegeDepth.Global)
            : t.LogicalName switch
            {
                // Managers set, split and review; they approve statements by writing statuscode; lines and payments stay engine-made.
                "spm_target" or "spm_scorecard" or "spm_review" or "spm_dealsplit" or "spm_planassignment" => Grant(Verbs, PrivilegeDepth.Deep),
                "spm_commissionstatement" => Grant(["Read", "Write", "Append", "AppendTo"], PrivilegeDepth.Deep),
                _ => Grant(Read, PrivilegeDepth.Deep),
            }));

    private static RoleDefinition Admin(List<TableDefinition> tables) => new(AdminId, "SalesPerf Admin", tables.ToDictionary(
        t => t.LogicalName,
        t => Grant(t.Ownership == OwnershipType.OrganizationOwned ? OrganizationVerbs : Verbs, PrivilegeDepth.Global)));

    private static IReadOnlyDictionary<string, PrivilegeDepth> Grant(IEnumerable<string> verbs, PrivilegeDepth depth) =>
        verbs.ToDictionary(v => v, _ => depth, StringComparer.Ordinal);
}
