using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SalesPerf.Packer.Steps;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// Reads WebResources/webresources.json and the files it lists (WebResources/README.md). Only files below
/// WebResources/spm_/ are packed: never tests/, node_modules/ or anything else in the folder.
/// </summary>
public static class WebResourceSource
{
    public const string Folder = "WebResources";
    public const string FileName = "webresources.json";
    public const string NamePrefix = "spm_/";

    /// <summary>The scope of derived web resource ids. Fixed forever: changing it would give every web resource a new id.</summary>
    public static readonly Guid IdScope = new("8d3b6f0e-51c2-4a7d-9e36-2f4c1b7a90d5");

    private static readonly Dictionary<int, string[]> ExtensionsByType = new()
    {
        [1] = [".html", ".htm"],
        [2] = [".css"],
        [3] = [".js"],
    };

    /// <summary>A name-based id (RFC 9562 version-8 layout over SHA-256, <see cref="StableIds"/>): the same on every pack.</summary>
    public static Guid DeriveId(string name) => StableIds.Derive(IdScope, "webresource", name);

    /// <exception cref="PackException">webresources.json is missing or malformed, or does not match the files.</exception>
    public static IReadOnlyList<WebResourceDefinition> Load(string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        var folder = Path.Combine(repositoryRoot, Folder);
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new PackException($"{Folder}/{FileName} does not exist: {path}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException exception)
        {
            throw new PackException($"{Folder}/{FileName} is not valid JSON: {exception.Message}", exception);
        }

        var resources = new List<WebResourceDefinition>();
        using (document)
        {
            if (!document.RootElement.TryGetProperty("webResources", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new PackException($"{Folder}/{FileName} has no 'webResources' array.");
            }

            foreach (var item in list.EnumerateArray())
            {
                resources.Add(Read(folder, item));
            }
        }

        foreach (var duplicate in resources.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            throw new PackException($"{Folder}/{FileName} lists the web resource '{duplicate.Key}' {duplicate.Count()} times.");
        }

        var listed = resources.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var prefixFolder = Path.Combine(folder, NamePrefix.TrimEnd('/'));
        if (Directory.Exists(prefixFolder))
        {
            foreach (var file in Directory.EnumerateFiles(prefixFolder, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
                if (!listed.Contains(name))
                {
                    throw new PackException($"{Folder}/{name} is not listed in {Folder}/{FileName}; list it (name, type, display names) or remove it.");
                }
            }
        }

        return resources.OrderBy(r => r.Name, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    private static WebResourceDefinition Read(string folder, JsonElement item)
    {
        var name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
        var where = $"{Folder}/{FileName}, web resource '{name}'";
        var segments = name.Split('/');
        if (!name.StartsWith(NamePrefix, StringComparison.Ordinal) || segments.Any(s => s.Length == 0 || s == "." || s == ".."
            || s.Equals("tests", StringComparison.OrdinalIgnoreCase) || s.Equals("node_modules", StringComparison.OrdinalIgnoreCase)))
        {
            throw new PackException($"{where}: the name must be a file path below {NamePrefix} (never tests/ or node_modules/).");
        }

        if (!item.TryGetProperty("type", out var t) || !t.TryGetInt32(out var type) || !ExtensionsByType.TryGetValue(type, out var extensions))
        {
            throw new PackException($"{where}: 'type' must be 1 (HTML), 2 (CSS) or 3 (JScript).");
        }

        if (!extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            throw new PackException($"{where}: type {type} needs a file ending in {string.Join(" or ", extensions)}.");
        }

        var id = DeriveId(name);
        if (item.TryGetProperty("id", out var idProperty) && (idProperty.ValueKind != JsonValueKind.String || !Guid.TryParse(idProperty.GetString(), out id)))
        {
            throw new PackException($"{where}: 'id' is not a GUID.");
        }

        var file = Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(file))
        {
            throw new PackException($"{where}: the file {Folder}/{name} does not exist.");
        }

        return new WebResourceDefinition
        {
            Name = name,
            Type = type,
            DisplayName = AppModuleJson.OptionalLabel(item, "displayName", where) ?? throw new PackException($"{where}: 'displayName' with 'en' and 'zh' is required."),
            Description = AppModuleJson.OptionalLabel(item, "description", where),
            Id = id,
            Content = File.ReadAllBytes(file),
        };
    }
}
