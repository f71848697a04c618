using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SalesPerf.SolutionModel.Roles;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Loading;

/// <summary>Reads and checks one role source file (docs/solution-source.md, "Roles") against the tables already loaded.</summary>
internal static class RoleSourceReader
{
    private static readonly string[] RoleProperties = ["$schema", "id", "name", "description", "privileges"];

    public static RoleDefinition Read(SourceNode root, IReadOnlyDictionary<string, TableDefinition> tables)
    {
        root.AllowOnly(RoleProperties);
        var idNode = root.Required("id");
        if (!Guid.TryParseExact(idNode.AsString(), "D", out var id) || id == Guid.Empty)
        {
            throw idNode.Error($"'{idNode.AsString()}' is not a role id (a non-empty GUID such as 6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01)");
        }

        var name = root.Required("name").AsString();
        var description = root.Optional("description")?.AsLabel();
        var privilegesNode = root.Required("privileges");
        if (privilegesNode.Element.ValueKind != JsonValueKind.Object)
        {
            throw privilegesNode.Error("must be an object { \"<table>\": { \"<privilege>\": \"<depth>\" } }");
        }

        var grants = new SortedDictionary<string, IReadOnlyDictionary<PrivilegeVerb, PrivilegeDepth>>(StringComparer.Ordinal);
        foreach (var property in privilegesNode.Element.EnumerateObject())
        {
            var tableNode = new SourceNode(root.File, $"{privilegesNode.Path}.{property.Name}", property.Value);
            if (!tables.TryGetValue(property.Name, out var table) || !table.IsCustom)
            {
                throw tableNode.Error($"'{property.Name}' is not a table of Solution/Tables/; a SalesPerf role grants only the solution's own tables");
            }

            grants[table.LogicalName] = ReadTable(tableNode, table);
        }

        return new RoleDefinition { Id = id, Name = name, Description = description, Tables = grants };
    }

    private static IReadOnlyDictionary<PrivilegeVerb, PrivilegeDepth> ReadTable(SourceNode node, TableDefinition table)
    {
        if (node.Element.ValueKind != JsonValueKind.Object)
        {
            throw node.Error("must be an object { \"Read\": \"Basic\", ... }");
        }

        var privileges = new Dictionary<PrivilegeVerb, PrivilegeDepth>();
        foreach (var property in node.Element.EnumerateObject())
        {
            var verbNode = new SourceNode(node.File, $"{node.Path}.{property.Name}", property.Value);
            if (!Enum.TryParse<PrivilegeVerb>(property.Name, ignoreCase: false, out var verb) || !Enum.IsDefined(verb) || int.TryParse(property.Name, out _))
            {
                throw verbNode.Error($"unknown privilege '{property.Name}' (expected one of {string.Join(", ", Enum.GetNames<PrivilegeVerb>())})");
            }

            var depth = verbNode.AsEnum<PrivilegeDepth>();
            if (table.Ownership == OwnershipType.OrganizationOwned)
            {
                if (verb is PrivilegeVerb.Assign or PrivilegeVerb.Share)
                {
                    throw verbNode.Error($"'{table.LogicalName}' is organization-owned: nobody owns its rows, so it has no {verb} privilege");
                }

                if (depth != PrivilegeDepth.Global)
                {
                    throw verbNode.Error($"'{table.LogicalName}' is organization-owned: its privileges reach the whole organisation, so the depth must be Global");
                }
            }

            privileges.Add(verb, depth);
        }

        return privileges;
    }

    /// <summary>Two roles may share neither an id nor a name (the export and the role rows are keyed by both).</summary>
    public static void CheckUnique(IReadOnlyList<(string File, RoleDefinition Role)> roles)
    {
        foreach (var group in roles.GroupBy(r => r.Role.Id).Where(g => g.Count() > 1))
        {
            var files = group.Select(r => r.File).ToList();
            throw new SolutionSourceException(files[1], "$.id", $"the role id {group.Key} is already used in {files[0]}");
        }

        foreach (var group in roles.GroupBy(r => r.Role.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var files = group.Select(r => r.File).ToList();
            throw new SolutionSourceException(files[1], "$.name", $"the role name '{group.Key}' is already used in {files[0]}");
        }
    }
}
