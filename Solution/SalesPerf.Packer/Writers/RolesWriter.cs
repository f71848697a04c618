using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// The Roles section (solution-format 13) from the role source (Solution/Roles/*.json): <c>Role @id @name</c>,
/// IsCustomizable, IsAutoAssigned, and one <c>RolePrivilege</c> per table privilege, named prv + verb + table
/// SchemaName; root type 20 with the role id.
/// </summary>
public sealed class RolesWriter : IComponentWriter
{
    public string? Section => "Roles";

    public IEnumerable<XElement> Elements(PackContext context) =>
        context.Input.Metadata.Roles.Select(role => new XElement(
            "Role",
            new XAttribute("id", ExportXml.Braced(role.Id)),
            new XAttribute("name", role.Name),
            new XElement("IsCustomizable", "1"),
            new XElement("IsAutoAssigned", "0"),
            new XElement("RolePrivileges", Privileges(role))));

    public IEnumerable<RootComponent> RootComponents(PackContext context) =>
        context.Input.Metadata.Roles.Select(r => new RootComponent(RootComponent.SecurityRole, null, r.Id, RootComponent.IncludeSubcomponents));

    // Exports list privileges by name.
    private static IEnumerable<XElement> Privileges(RoleDefinition role) =>
        role.Tables
            .SelectMany(table => table.Value.Select(p => (Name: PrivilegeName(p.Key, table.Key), Depth: p.Value)))
            .OrderBy(p => p.Name, System.StringComparer.Ordinal)
            .Select(p => new XElement("RolePrivilege", new XAttribute("name", p.Name), new XAttribute("level", p.Depth.ToString())));

    public static string PrivilegeName(PrivilegeVerb verb, string table) => TablePrivilegeName.Of(verb, SchemaNames.Table(table));
}
