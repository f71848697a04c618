using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Loading;

/// <summary>A JSON value of one source file together with its path, so that every error names file and path.</summary>
internal sealed class SourceNode
{
    public SourceNode(string file, string path, JsonElement element)
    {
        File = file;
        Path = path;
        Element = element;
    }

    public string File { get; }
    public string Path { get; }
    public JsonElement Element { get; }

    public SolutionSourceException Error(string problem) => new(File, Path, problem);

    public SourceNode At(string property) => new(File, $"{Path}.{property}", default);

    /// <summary>The property's value, or null when it is absent or JSON null.</summary>
    public SourceNode? Optional(string property)
    {
        RequireKind(JsonValueKind.Object, "an object");
        if (!Element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return new SourceNode(File, $"{Path}.{property}", value);
    }

    public SourceNode Required(string property) =>
        Optional(property) ?? throw At(property).Error($"the required property '{property}' is missing");

    /// <summary>Rejects properties the format does not define (a typo must not pass silently).</summary>
    public void AllowOnly(params string[] properties)
    {
        RequireKind(JsonValueKind.Object, "an object");
        foreach (var property in Element.EnumerateObject())
        {
            if (!properties.Contains(property.Name, StringComparer.Ordinal))
            {
                throw At(property.Name).Error(
                    $"unknown property '{property.Name}' (allowed here: {string.Join(", ", properties)})");
            }
        }
    }

    public string AsString()
    {
        RequireKind(JsonValueKind.String, "a string");
        var value = Element.GetString()!;
        if (value.Trim().Length == 0)
        {
            throw Error("must not be empty");
        }

        return value;
    }

    public int AsInt()
    {
        RequireKind(JsonValueKind.Number, "a whole number");
        return Element.TryGetInt32(out var value) ? value : throw Error($"'{Element.GetRawText()}' is not a 32-bit whole number");
    }

    public decimal AsDecimal()
    {
        RequireKind(JsonValueKind.Number, "a number");
        return Element.TryGetDecimal(out var value) ? value : throw Error($"'{Element.GetRawText()}' is not a decimal number");
    }

    public bool AsBool() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error($"must be true or false, found {Describe(Element.ValueKind)}"),
    };

    public TEnum AsEnum<TEnum>()
        where TEnum : struct, Enum
    {
        var text = AsString();
        if (Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)
            && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        throw Error($"unknown {typeof(TEnum).Name} '{text}' (expected one of {string.Join(", ", Enum.GetNames<TEnum>())})");
    }

    public IReadOnlyList<SourceNode> AsArray()
    {
        RequireKind(JsonValueKind.Array, "an array");
        return Element.EnumerateArray().Select((item, index) => new SourceNode(File, $"{Path}[{index}]", item)).ToArray();
    }

    /// <summary>A bilingual label: <c>{ "en": "...", "zh": "..." }</c>, both required and non-empty.</summary>
    public Label AsLabel()
    {
        RequireKind(JsonValueKind.Object, "a label object { \"en\": ..., \"zh\": ... }");
        AllowOnly("en", "zh");
        var english = Optional("en") ?? throw At("en").Error("the label has no English text ('en')");
        var chinese = Optional("zh") ?? throw At("zh").Error("the label has no Simplified Chinese text ('zh')");
        return new Label(english.AsString(), chinese.AsString());
    }

    private void RequireKind(JsonValueKind kind, string expected)
    {
        if (Element.ValueKind != kind)
        {
            throw Error($"must be {expected}, found {Describe(Element.ValueKind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Undefined => "nothing",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
