using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using SalesPerf.SolutionModel.Loading;
using SalesPerf.SolutionModel.Roles;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel;

/// <summary>
/// The immutable catalogue of every table the solution defines (Solution/Tables/*.json) or touches
/// (Solution/SystemTables/*.json), with the system columns the platform implies, and the solution's security roles
/// (Solution/Roles/*.json). Format: docs/solution-source.md.
/// </summary>
public sealed class SolutionMetadata
{
    /// <summary>The file that marks the repository root for <see cref="LoadFromRepository"/>.</summary>
    public const string RepositoryMarker = "SalesPerf.Plugins.sln";

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    private readonly FrozenDictionary<string, TableDefinition> tables;

    private SolutionMetadata(string sourceFolder, IEnumerable<TableDefinition> tables, IReadOnlyList<RoleDefinition> roles)
    {
        SourceFolder = sourceFolder;
        var ordered = tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal).ToList();
        this.tables = ordered.ToFrozenDictionary(t => t.LogicalName, StringComparer.Ordinal);
        Tables = ordered.AsReadOnly();
        Roles = roles;
    }

    /// <summary>The folder the catalogue was read from (the one holding Tables/ and SystemTables/).</summary>
    public string SourceFolder { get; }

    /// <summary>Every table, custom and system, ordered by logical name.</summary>
    public IReadOnlyCollection<TableDefinition> Tables { get; }

    /// <summary>The solution's security roles (Solution/Roles/; none when the folder is absent), ordered by id, the order they are packed in.</summary>
    public IReadOnlyList<RoleDefinition> Roles { get; }

    /// <summary>The role with this name (ordinal, ignoring case); throws <see cref="KeyNotFoundException"/> when unknown.</summary>
    public RoleDefinition Role(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Roles.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"The solution source has no role '{name}'.");
    }

    /// <summary>The table with this logical name (exact, lower-case); throws <see cref="KeyNotFoundException"/> when unknown.</summary>
    public TableDefinition Table(string logicalName)
    {
        ArgumentNullException.ThrowIfNull(logicalName);
        return tables.TryGetValue(logicalName, out var table)
            ? table
            : throw new KeyNotFoundException($"The solution metadata has no table '{logicalName}'.");
    }

    public bool TryGetTable(string logicalName, [NotNullWhen(true)] out TableDefinition? table)
    {
        ArgumentNullException.ThrowIfNull(logicalName);
        return tables.TryGetValue(logicalName, out table);
    }

    /// <summary>Reads and checks every table file below <paramref name="solutionFolder"/> (the folder that contains Tables/ and SystemTables/).</summary>
    /// <exception cref="SolutionSourceException">A file is malformed; the message names the file and the JSON path.</exception>
    public static SolutionMetadata Load(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var root = Path.GetFullPath(solutionFolder);
        var parsed = new List<ParsedTable>();
        parsed.AddRange(ReadFolder(root, SolutionSource.CustomTablesFolder, inSystemFolder: false));
        parsed.AddRange(ReadFolder(root, SolutionSource.SystemTablesFolder, inSystemFolder: true));

        var byName = new Dictionary<string, ParsedTable>(StringComparer.Ordinal);
        foreach (var table in parsed)
        {
            if (byName.TryGetValue(table.Table.LogicalName, out var first))
            {
                throw new SolutionSourceException(table.File, "$.logicalName",
                    $"the table '{table.Table.LogicalName}' is already defined in {first.File}");
            }

            byName.Add(table.Table.LogicalName, table);
        }

        foreach (var table in parsed)
        {
            foreach (var lookup in table.Lookups.Where(l => !byName.ContainsKey(l.TargetTable)))
            {
                throw new SolutionSourceException(table.File, lookup.JsonPath,
                    $"the lookup target '{lookup.TargetTable}' names no table of the solution source (add it to {SolutionSource.SystemTablesFolder}/ or {SolutionSource.CustomTablesFolder}/)");
            }
        }

        var roles = ReadRoles(root, parsed.ToDictionary(p => p.Table.LogicalName, p => p.Table, StringComparer.Ordinal));
        return new SolutionMetadata(root, parsed.Select(p => p.Table), roles);
    }

    /// <summary>Walks up from <paramref name="startDirectory"/> to the folder holding <see cref="RepositoryMarker"/> and loads its Solution/ folder.</summary>
    public static SolutionMetadata LoadFromRepository(string startDirectory) =>
        Load(Path.Combine(FindRepositoryRoot(startDirectory), SolutionSource.Folder));

    /// <summary>The nearest folder at or above <paramref name="startDirectory"/> that contains <see cref="RepositoryMarker"/>.</summary>
    public static string FindRepositoryRoot(string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, RepositoryMarker)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder at or above '{startDirectory}' contains {RepositoryMarker}.");
    }

    private static List<RoleDefinition> ReadRoles(string root, IReadOnlyDictionary<string, TableDefinition> tables)
    {
        var directory = Path.Combine(root, SolutionSource.RolesFolder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var roles = new List<(string File, RoleDefinition Role)>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            using var document = Parse(file, relative);
            roles.Add((relative, RoleSourceReader.Read(new SourceNode(relative, "$", document.RootElement), tables)));
        }

        RoleSourceReader.CheckUnique(roles);
        return roles.Select(r => r.Role).OrderBy(r => r.Id.ToString("D"), StringComparer.Ordinal).ToList();
    }

    private static JsonDocument Parse(string file, string relative)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(file), JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new SolutionSourceException(relative, exception.Path ?? "$",
                $"not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})", exception);
        }
    }

    private static IEnumerable<ParsedTable> ReadFolder(string root, string folder, bool inSystemFolder)
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            throw new SolutionSourceException(folder, "$", $"the folder '{directory}' does not exist");
        }

        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            using (var document = Parse(file, relative))
            {
                var node = new SourceNode(relative, "$", document.RootElement);
                yield return TableSourceReader.Read(node, inSystemFolder, Path.GetFileNameWithoutExtension(file));
            }
        }
    }
}
