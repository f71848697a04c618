using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using SalesPerf.SolutionModel;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>Reads Solution/solution.json (format: docs/packaging.md). Malformed input throws <see cref="SolutionSourceException"/>.</summary>
public static class SolutionManifestReader
{
    public const string FileName = "solution.json";

    public static SolutionManifest Load(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var path = Path.Combine(solutionFolder, FileName);
        if (!File.Exists(path))
        {
            throw new SolutionSourceException(FileName, "$", $"the file '{path}' does not exist");
        }

        return Parse(File.ReadAllBytes(path));
    }

    public static SolutionManifest Parse(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException exception)
        {
            throw new SolutionSourceException(FileName, exception.Path ?? "$", "not valid JSON", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            var publisher = Required(root, "publisher", "$");
            var assembly = Required(root, "pluginAssembly", "$");
            var manifest = new SolutionManifest
            {
                UniqueName = Text(root, "uniqueName", "$"),
                Version = ParseVersion(Text(root, "version", "$")),
                DisplayName = ReadLabel(root, "displayName", "$"),
                Description = root.TryGetProperty("description", out _) ? ReadLabel(root, "description", "$") : null,
                Publisher = new PublisherDefinition
                {
                    UniqueName = Text(publisher, "uniqueName", "$.publisher"),
                    DisplayName = ReadLabel(publisher, "displayName", "$.publisher"),
                    Description = publisher.TryGetProperty("description", out _) ? ReadLabel(publisher, "description", "$.publisher") : null,
                    CustomizationPrefix = Text(publisher, "customizationPrefix", "$.publisher"),
                    CustomizationOptionValuePrefix = Required(publisher, "customizationOptionValuePrefix", "$.publisher").GetInt32(),
                },
                PluginAssembly = new PluginAssemblyDefinition(
                    ParseGuid(Text(assembly, "id", "$.pluginAssembly"), "$.pluginAssembly.id"),
                    Text(assembly, "fileName", "$.pluginAssembly")),
            };
            Check(manifest);
            return manifest;
        }
    }

    private static void Check(SolutionManifest manifest)
    {
        var publisher = manifest.Publisher;
        if (publisher.CustomizationPrefix.Length is 0 or > 8)
        {
            throw new SolutionSourceException(FileName, "$.publisher.customizationPrefix", "the prefix must have 1 to 8 characters");
        }

        if (publisher.CustomizationOptionValuePrefix is < 10000 or > 99999)
        {
            throw new SolutionSourceException(FileName, "$.publisher.customizationOptionValuePrefix", "the option value prefix must be between 10000 and 99999");
        }
    }

    private static Version ParseVersion(string text)
    {
        if (!Version.TryParse(text, out var version) || version.Revision < 0)
        {
            throw new SolutionSourceException(FileName, "$.version", $"'{text}' is not a four-part version such as 1.0.0.0");
        }

        return version;
    }

    private static Guid ParseGuid(string text, string path) =>
        Guid.TryParse(text, out var id) && id != Guid.Empty
            ? id
            : throw new SolutionSourceException(FileName, path, $"'{text}' is not a non-empty GUID");

    private static Label ReadLabel(JsonElement owner, string name, string path)
    {
        var element = Required(owner, name, path);
        var at = path + "." + name;
        return new Label(Text(element, "en", at), Text(element, "zh", at));
    }

    private static string Text(JsonElement owner, string name, string path)
    {
        var element = Required(owner, name, path);
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return string.IsNullOrWhiteSpace(text)
            ? throw new SolutionSourceException(FileName, path + "." + name, "must be a non-empty string")
            : text;
    }

    private static JsonElement Required(JsonElement owner, string name, string path) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value)
            ? value
            : throw new SolutionSourceException(FileName, path, string.Create(CultureInfo.InvariantCulture, $"the property '{name}' is missing"));
}
