using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesPerf.SolutionModel;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// Reads Solution/Ribbons/*.json, one file per table with command bar buttons (docs/solution-source.md "Command bar"),
/// and checks each against the table metadata and the web resources: a bad file is a <see cref="PackException"/> that
/// names the file, the button and the rule.
/// </summary>
public static class RibbonSource
{
    public const string Folder = "Ribbons";

    /// <summary>RibbonTypes.xsd PrivilegeTypeType.</summary>
    public static readonly IReadOnlyList<string> Privileges = ["Create", "Read", "Write", "Delete", "Assign", "Share", "Append", "AppendTo"];

    /// <summary>RibbonTypes.xsd PrivilegeDepthType without None (a rule asking for no privilege hides nothing).</summary>
    public static readonly IReadOnlyList<string> Depths = ["Basic", "Local", "Deep", "Global"];

    private const int JScriptType = 3;
    private static readonly string[] FileProperties = ["table", "libraries", "buttons"];
    private static readonly string[] ButtonProperties = ["name", "label", "tooltip", "function", "locations", "selection", "privilege"];
    private static readonly string[] PrivilegeProperties = ["table", "privilege", "depth"];
    private static readonly Regex ButtonName = new("^[A-Za-z][A-Za-z0-9]{0,49}$", RegexOptions.CultureInvariant);

    // RibbonTypes.xsd JavaScriptIdentifier.
    private static readonly Regex FunctionName = new("^[a-zA-Z_$][a-zA-Z_$0-9.]*$", RegexOptions.CultureInvariant);

    /// <exception cref="PackException">A ribbon file is malformed or names a table, privilege or library the source does not have.</exception>
    public static IReadOnlyList<RibbonDefinition> Load(string solutionFolder, SolutionMetadata metadata, IReadOnlyList<WebResourceDefinition> webResources)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(webResources);
        var ribbons = AppModuleJson.ReadFolder(solutionFolder, Folder).Select(file => Read(file.Root, file.Where, metadata, webResources)).ToList();
        foreach (var duplicate in ribbons.GroupBy(r => r.Table, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new PackException($"{SolutionSource.Folder}/{Folder}: {duplicate.Count()} files describe the buttons of {duplicate.Key}; keep one file per table.");
        }

        return ribbons.OrderBy(r => r.Table, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    private static RibbonDefinition Read(JsonElement root, string where, SolutionMetadata metadata, IReadOnlyList<WebResourceDefinition> webResources)
    {
        Known(root, FileProperties, where);
        var table = AppModuleJson.RequiredString(root, "table", where);
        if (!metadata.TryGetTable(table, out var definition) || !definition.IsCustom)
        {
            throw new PackException($"{where}: 'table' names {table}, which is not a table of the solution (Solution/Tables).");
        }

        var libraries = AppModuleJson.Array(root, "libraries", where, required: true).Select(l => Library(l, where, webResources)).ToList();
        var buttons = AppModuleJson.Array(root, "buttons", where, required: true)
            .Select((b, i) => Button(b, $"{where}, button {i + 1}", metadata)).ToList();
        foreach (var duplicate in buttons.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            throw new PackException($"{where}: the button name '{duplicate.Key}' is used {duplicate.Count()} times; each button needs its own name (its ids derive from it).");
        }

        return new RibbonDefinition { Table = table, Libraries = libraries, Buttons = buttons };
    }

    private static string Library(JsonElement item, string where, IReadOnlyList<WebResourceDefinition> webResources)
    {
        var name = item.ValueKind == JsonValueKind.String ? item.GetString() ?? "" : "";
        return webResources.Any(w => w.Name == name && w.Type == JScriptType)
            ? name
            : throw new PackException($"{where}: 'libraries' names '{name}', which is not a JScript web resource of WebResources/webresources.json.");
    }

    private static RibbonButton Button(JsonElement item, string where, SolutionMetadata metadata)
    {
        Known(item, ButtonProperties, where);
        var name = AppModuleJson.RequiredString(item, "name", where);
        if (!ButtonName.IsMatch(name))
        {
            throw new PackException($"{where}: 'name' is '{name}'; use 1-50 letters and digits, starting with a letter.");
        }

        var function = AppModuleJson.RequiredString(item, "function", where);
        if (!FunctionName.IsMatch(function))
        {
            throw new PackException($"{where} ({name}): 'function' is '{function}', which is not a JavaScript identifier (RibbonTypes.xsd JavaScriptIdentifier).");
        }

        var locations = AppModuleJson.Array(item, "locations", where, required: true).Select(l => Parse<RibbonLocation>(l.ToString(), "locations", $"{where} ({name})")).Distinct().ToList();
        var selectionText = AppModuleJson.OptionalString(item, "selection", where);
        var selection = selectionText is null ? RibbonSelection.None : Parse<RibbonSelection>(selectionText, "selection", $"{where} ({name})");
        if (selection != RibbonSelection.None && !locations.Contains(RibbonLocation.HomepageGrid))
        {
            throw new PackException($"{where} ({name}): 'selection' applies to a HomepageGrid button only; add HomepageGrid to 'locations' or remove 'selection'.");
        }

        return new RibbonButton
        {
            Name = name,
            Label = AppModuleJson.RequiredLabel(item, "label", where),
            ToolTip = AppModuleJson.RequiredLabel(item, "tooltip", where),
            Function = function,
            Locations = locations,
            Selection = selection,
            Privilege = Privilege(item, $"{where} ({name})", metadata),
        };
    }

    private static RibbonPrivilege Privilege(JsonElement item, string where, SolutionMetadata metadata)
    {
        if (!item.TryGetProperty("privilege", out var privilege) || privilege.ValueKind != JsonValueKind.Object)
        {
            throw new PackException($"{where}: 'privilege' {{ \"table\", \"privilege\", \"depth\" }} is required: it decides who sees the button.");
        }

        Known(privilege, PrivilegeProperties, where + ", privilege");
        var table = AppModuleJson.RequiredString(privilege, "table", where);
        if (!metadata.TryGetTable(table, out _))
        {
            throw new PackException($"{where}: the privilege names the table {table}, which the solution source does not describe.");
        }

        var type = AppModuleJson.RequiredString(privilege, "privilege", where);
        var depth = AppModuleJson.RequiredString(privilege, "depth", where);
        if (!Privileges.Contains(type, StringComparer.Ordinal))
        {
            throw new PackException($"{where}: the privilege '{type}' is not one of {string.Join(", ", Privileges)}.");
        }

        return Depths.Contains(depth, StringComparer.Ordinal)
            ? new RibbonPrivilege(table, type, depth)
            : throw new PackException($"{where}: the depth '{depth}' is not one of {string.Join(", ", Depths)}.");
    }

    private static T Parse<T>(string text, string property, string where)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new PackException($"{where}: '{property}' has '{text}'; use one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static void Known(JsonElement item, string[] allowed, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new PackException($"{where}: expected a JSON object.");
        }

        var unknown = item.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !allowed.Contains(n, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new PackException($"{where}: unknown property '{unknown}'; use {string.Join(", ", allowed)}.");
        }
    }
}
