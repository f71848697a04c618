using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// Reading the JSON files of the app and its components (Solution/Charts, Solution/Dashboards, Solution/App;
/// docs/solution-source.md). Every failure is a <see cref="PackException"/> that names the file and the rule.
/// </summary>
public static class AppModuleJson
{
    /// <summary>The *.json files of <paramref name="folder"/> below the solution folder, by name; none when the folder does not exist.</summary>
    public static IReadOnlyList<(string Where, JsonElement Root)> ReadFolder(string solutionFolder, string folder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var path = Path.Combine(solutionFolder, folder);
        if (!Directory.Exists(path))
        {
            return [];
        }

        return Directory.EnumerateFiles(path, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => (Where: $"{SalesPerf.SolutionModel.SolutionSource.Folder}/{folder}/{Path.GetFileName(file)}", Root: Parse(file)))
            .ToList();
    }

    public static string RequiredString(JsonElement item, string property, string where)
    {
        if (!item.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new PackException($"{where}: '{property}' is required and must be a non-empty string.");
        }

        return value.GetString()!;
    }

    public static string? OptionalString(JsonElement item, string property, string where)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : throw new PackException($"{where}: '{property}' must be a non-empty string when given.");
    }

    public static Guid RequiredGuid(JsonElement item, string property, string where) =>
        ParseGuid(RequiredString(item, property, where), property, where);

    public static Guid ParseGuid(string text, string property, string where) =>
        Guid.TryParse(text, out var id) && id != Guid.Empty
            ? id
            : throw new PackException($"{where}: '{property}' must be a GUID other than the empty one, not '{text}'.");

    public static bool OptionalBool(JsonElement item, string property, string where)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new PackException($"{where}: '{property}' must be true or false."),
        };
    }

    /// <summary>An array property; an absent one is empty when <paramref name="required"/> is false.</summary>
    public static IReadOnlyList<JsonElement> Array(JsonElement item, string property, string where, bool required)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return required ? throw new PackException($"{where}: '{property}' is required and must be a non-empty array.") : [];
        }

        if (value.ValueKind != JsonValueKind.Array || (required && value.GetArrayLength() == 0))
        {
            throw new PackException($"{where}: '{property}' must be {(required ? "a non-empty" : "an")} array.");
        }

        return value.EnumerateArray().ToList();
    }

    /// <summary>A label with non-empty "en" (1033) and "zh" (2052) texts.</summary>
    public static Label RequiredLabel(JsonElement item, string property, string where) =>
        OptionalLabel(item, property, where) ?? throw new PackException($"{where}: '{property}' with 'en' and 'zh' texts is required.");

    public static Label? OptionalLabel(JsonElement item, string property, string where)
    {
        if (!item.TryGetProperty(property, out var label))
        {
            return null;
        }

        if (label.ValueKind != JsonValueKind.Object
            || !label.TryGetProperty("en", out var en) || en.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(en.GetString())
            || !label.TryGetProperty("zh", out var zh) || zh.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(zh.GetString()))
        {
            throw new PackException($"{where}: '{property}' needs non-empty 'en' and 'zh' texts.");
        }

        return new Label(en.GetString()!, zh.GetString()!);
    }

    private static JsonElement Parse(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new PackException($"{SalesPerf.SolutionModel.SolutionSource.Folder}/{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)} is not valid JSON: {exception.Message}", exception);
        }
    }
}
