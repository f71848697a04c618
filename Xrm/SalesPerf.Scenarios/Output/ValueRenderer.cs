using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using SalesPerf.Scenarios.Running;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Scenarios.Output;

/// <summary>
/// Writes a stored or returned value as JSON: amounts and decimals as numbers, choices as integers, lookups by
/// <see cref="LookupNames"/>, dates as YYYY-MM-DD for date-only columns and ISO UTC otherwise.
/// </summary>
internal sealed class ValueRenderer
{
    private readonly LookupNames _names;

    public ValueRenderer(LookupNames names) => _names = names;

    public string Lookup(EntityReference reference) => _names.Name(reference);

    public JsonNode? Render(object? value, ColumnDefinition? column = null) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        decimal number => JsonValue.Create(ValueText.Normalize(number)),
        double number => JsonValue.Create(number),
        Money money => JsonValue.Create(ValueText.Normalize(money.Value)),
        OptionSetValue option => JsonValue.Create(option.Value),
        OptionSetValueCollection options => new JsonArray(options.Select(o => (JsonNode?)JsonValue.Create(o.Value)).ToArray()),
        EntityReference reference => JsonValue.Create(_names.Name(reference)),
        DateTime date => JsonValue.Create(Date(date, column?.DateBehavior == DateTimeBehavior.DateOnly)),
        Guid id => JsonValue.Create(id.ToString()),
        AliasedValue aliased => Render(aliased.Value, column),
        Entity entity => Row(entity),
        EntityCollection collection => new JsonArray(collection.Entities.Select(e => (JsonNode?)Row(e)).ToArray()),
        string[] texts => new JsonArray(texts.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        _ => JsonValue.Create(ValueText.Of(value)),
    };

    public static string Date(DateTime value, bool dateOnly)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return dateOnly
            ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + "Z";
    }

    private JsonObject Row(Entity entity)
    {
        var row = new JsonObject { ["table"] = entity.LogicalName };
        if (entity.Id != Guid.Empty)
        {
            row["id"] = entity.Id.ToString();
        }

        foreach (var (name, value) in entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (value is not null)
            {
                row[name] = Render(value);
            }
        }

        return row;
    }
}
