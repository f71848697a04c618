using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesPerf.Scenarios.Parsing;

/// <summary>A JSON value and its path, with the checks every reader needs; each failure names the path.</summary>
internal readonly partial record struct JsonCursor(JsonElement Element, string Path)
{
    public JsonValueKind Kind => Element.ValueKind;

    /// <summary>The value as written, shortened for messages.</summary>
    public string Text
    {
        get
        {
            var raw = Element.GetRawText();
            return raw.Length <= 60 ? raw : raw[..57] + "...";
        }
    }

    public ScenarioFormatException Fail(string detail) => new(Path, detail);

    public JsonCursor Child(string name) => new(Element.GetProperty(name), Path + Segment(name));

    public JsonCursor? Optional(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonCursor(value, Path + Segment(name))
            : null;

    public JsonCursor Required(string name) =>
        Optional(name) ?? throw new ScenarioFormatException(Path + Segment(name), "is required");

    public bool Has(string name) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    /// <summary>Checks that this is an object whose property names are all in <paramref name="allowed"/> (catches typos).</summary>
    public JsonCursor ExpectObject(string what, params string[] allowed)
    {
        if (Kind != JsonValueKind.Object)
        {
            throw Fail($"{Text} is not an object ({what})");
        }

        foreach (var property in Element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new ScenarioFormatException(Path + Segment(property.Name),
                    $"unknown property of {what} (allowed: {string.Join(", ", allowed)})");
            }
        }

        return this;
    }

    public IEnumerable<JsonCursor> Items(string what)
    {
        if (Kind != JsonValueKind.Array)
        {
            throw Fail($"{Text} is not an array ({what})");
        }

        var path = Path;
        return Element.EnumerateArray().Select((item, index) => new JsonCursor(item, $"{path}[{index}]")).ToList();
    }

    public IEnumerable<(string Name, JsonCursor Value)> Properties(string what)
    {
        if (Kind != JsonValueKind.Object)
        {
            throw Fail($"{Text} is not an object ({what})");
        }

        var path = Path;
        return Element.EnumerateObject().Select(p => (p.Name, new JsonCursor(p.Value, path + Segment(p.Name)))).ToList();
    }

    public string AsString(string what) =>
        Kind == JsonValueKind.String ? Element.GetString()! : throw Fail($"{Text} is not a string ({what})");

    public string AsNonEmptyString(string what)
    {
        var text = AsString(what);
        return text.Length > 0 ? text : throw Fail($"is empty ({what})");
    }

    public int AsInt(string what) =>
        Kind == JsonValueKind.Number && Element.TryGetInt32(out var value) ? value : throw Fail($"{Text} is not an integer ({what})");

    public decimal AsDecimal(string what) =>
        Kind == JsonValueKind.Number && Element.TryGetDecimal(out var value) ? value : throw Fail($"{Text} is not a number ({what})");

    public DateTime AsDate(string what) =>
        Kind == JsonValueKind.String && DateSyntax.TryParse(Element.GetString()!, out var value)
            ? value
            : throw Fail($"{Text} is not a date (YYYY-MM-DD) or an ISO date-time ({what})");

    public string? OptionalString(string name, string what) => Optional(name)?.AsString(what);

    public int? OptionalInt(string name, string what) => Optional(name)?.AsInt(what);

    public static string Segment(string name) =>
        SimpleName().IsMatch(name) ? "." + name : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Index(int index) => "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SimpleName();
}
