using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every privilege of a role has a valid depth (<see cref="PrivilegeDepth"/>). Strict: every table privilege (prv + verb +
/// table SchemaName, solution-format 13) names a table of the package or of the known platform tables (an organisation
/// has many more tables, so this is not an import requirement).
/// </summary>
public sealed class RoleCheck : IPackageCheck
{
    private static readonly string[] Levels = Enum.GetNames<PrivilegeDepth>();

    public string Rule => "roles";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var root = package.Customizations?.Root;
        if (root is null)
        {
            yield break;
        }

        var ownTables = root.Elements("Entities").Elements("Entity").Where(e => e.Element("EntityInfo")?.Element("entity")?.Element("EntitySetName") is not null)
            .Select(e => e.Element("Name")?.Value ?? "").ToHashSet(StringComparer.Ordinal);
        var systemTables = (package.KnownTables?.Tables.Where(t => !t.IsCustom).Select(t => SchemaNames.Table(t)) ?? SchemaNames.KnownSystemTables.Select(SchemaNames.Table))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var role in root.Elements("Roles").Elements("Role"))
        {
            var roleName = (string?)role.Attribute("name");
            foreach (var privilege in role.Descendants("RolePrivilege"))
            {
                var name = (string?)privilege.Attribute("name") ?? "";
                var level = (string?)privilege.Attribute("level");
                if (!Levels.Contains(level, StringComparer.Ordinal))
                {
                    yield return $"role '{roleName}' privilege {name} has the level '{level}'; use Basic, Local, Deep or Global.";
                }

                if (!package.Strict || !TablePrivilegeName.TryParse(name, out _, out var table))
                {
                    continue;
                }

                var known = ownTables.Contains(table) || (!table.StartsWith("spm_", StringComparison.Ordinal) && systemTables.Contains(table));
                if (!known)
                {
                    yield return $"role '{roleName}' privilege {name} names the table '{table}', which neither the package nor the known system tables define.";
                }
            }
        }
    }
}
