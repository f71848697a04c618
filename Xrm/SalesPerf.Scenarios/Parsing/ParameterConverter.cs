using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Registration;
using SalesPerf.Scenarios.Model;

namespace SalesPerf.Scenarios.Parsing;

/// <summary>
/// Converts the <c>parameters</c> of an <c>execute</c> step: by the declared parameter types of a custom API, or, for a
/// platform message, by the documented parameter name (Target, EntityMoniker, Assignee, State, Status, OpportunityClose,
/// OrderClose, RelatedEntities, Relationship, ColumnSet) and otherwise by the value's JSON shape.
/// </summary>
internal sealed class ParameterConverter
{
    private readonly ScenarioSchema _schema;
    private readonly KeyCatalog _keys;
    private readonly ColumnValueConverter _values;

    public ParameterConverter(ScenarioSchema schema, KeyCatalog keys, ColumnValueConverter values)
    {
        _schema = schema;
        _keys = keys;
        _values = values;
    }

    public IReadOnlyDictionary<string, object?> Convert(string request, JsonCursor? parameters)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameters is not JsonCursor given)
        {
            return result;
        }

        var api = _schema.FindCustomApi(request);
        foreach (var (name, value) in given.Properties("parameters"))
        {
            if (api is null)
            {
                result[name] = value.Kind == JsonValueKind.Null ? null : Platform(name, value);
                continue;
            }

            var declared = api.RequestParameters.FirstOrDefault(p => string.Equals(p.UniqueName, name, StringComparison.Ordinal))
                ?? throw value.Fail($"{api.UniqueName} has no request parameter '{name}' (parameters: {string.Join(", ", api.RequestParameters.Select(p => p.UniqueName))})");
            result[name] = value.Kind == JsonValueKind.Null ? null : Typed(api.UniqueName, declared, value);
        }

        return result;
    }

    private object Typed(string api, CustomApiParameter parameter, JsonCursor value)
    {
        var subject = $"{parameter.Type} parameter {api}.{parameter.UniqueName}";
        return parameter.Type switch
        {
            CustomApiParameterType.Boolean => value.Kind is JsonValueKind.True or JsonValueKind.False
                ? value.Element.GetBoolean()
                : throw value.Fail($"{value.Text} is not true or false for {subject}"),
            CustomApiParameterType.DateTime => value.AsDate(subject),
            CustomApiParameterType.Decimal => value.AsDecimal(subject),
            CustomApiParameterType.Money => new Money(value.AsDecimal(subject)),
            CustomApiParameterType.Float => value.Kind == JsonValueKind.Number ? value.Element.GetDouble() : throw value.Fail($"{value.Text} is not a number for {subject}"),
            CustomApiParameterType.Integer => value.AsInt(subject),
            CustomApiParameterType.Picklist => new OptionSetValue(value.AsInt(subject)),
            CustomApiParameterType.String => value.Kind is JsonValueKind.Array or JsonValueKind.Object ? Template(value) : value.AsString(subject),
            CustomApiParameterType.StringArray => value.Items(subject).Select(item => item.AsString(subject)).ToArray(),
            CustomApiParameterType.Guid => value.Kind == JsonValueKind.String && Guid.TryParse(value.Element.GetString(), out var id)
                ? id
                : throw value.Fail($"{value.Text} is not a GUID for {subject}"),
            CustomApiParameterType.EntityReference => _values.Lookup(
                value, parameter.LogicalEntityName.Length == 0 ? [] : [parameter.LogicalEntityName], subject),
            CustomApiParameterType.Entity => Entity(value, parameter.LogicalEntityName.Length == 0 ? null : parameter.LogicalEntityName, subject),
            _ => throw value.Fail($"{subject}: {parameter.Type} parameters cannot be written in a scenario"),
        };
    }

    private object Platform(string name, JsonCursor value)
    {
        var subject = $"parameter {name}";
        switch (name)
        {
            case "Target" when value.Kind == JsonValueKind.Object:
                return Entity(value, null, subject);
            case "Target" or "EntityMoniker":
                return _values.Lookup(value, [], subject);
            case "Assignee":
                return _values.Lookup(value, ["systemuser", "team"], subject);
            case "State" or "Status":
                return new OptionSetValue(value.AsInt(subject));
            case "OpportunityClose":
                return Entity(value, "opportunityclose", subject);
            case "OrderClose":
                return Entity(value, "orderclose", subject);
            case "RelatedEntities":
                return value.Items(subject).Select(item => _values.Lookup(item, [], subject)).ToList().AsReadOnly();
            case "Relationship":
                return new Relationship(value.AsNonEmptyString(subject));
            case "ColumnSet":
                return value.Kind == JsonValueKind.True ? new ColumnSet(true) : new ColumnSet(value.Items(subject).Select(c => c.AsString(subject)).ToArray());
            default:
                return Shape(value, subject);
        }
    }

    private object Shape(JsonCursor value, string subject)
    {
        switch (value.Kind)
        {
            case JsonValueKind.String:
                var text = value.Element.GetString()!;
                return IsReference(text) ? _values.Lookup(value, [], subject) : text;
            case JsonValueKind.Number:
                return value.Element.TryGetInt32(out var integer) ? (object)integer : value.AsDecimal(subject);
            case JsonValueKind.True or JsonValueKind.False:
                return value.Element.GetBoolean();
            case JsonValueKind.Array:
                return value.Items(subject).Select(item => item.AsString(subject)).ToArray();
            default:
                return Entity(value, null, subject);
        }
    }

    /// <summary>An Entity parameter: a row object when the table is fixed, else <c>{ "table": …, "row": { … } }</c>.</summary>
    private EntitySpec Entity(JsonCursor value, string? fixedTable, string subject)
    {
        if (fixedTable is not null)
        {
            return new EntitySpec(fixedTable, _values.Row(value, _values.Table(value, fixedTable), subject));
        }

        value.ExpectObject(subject + " (an entity: { \"table\", \"row\" })", "table", "row");
        var tableCursor = value.Required("table");
        var table = _values.Table(tableCursor, tableCursor.AsNonEmptyString("table"));
        return new EntitySpec(table.LogicalName, _values.Row(value.Required("row"), table, subject));
    }

    private JsonTemplate Template(JsonCursor value)
    {
        var lookups = new Dictionary<string, LookupSpec>(StringComparer.Ordinal);
        Collect(value, lookups);
        return new JsonTemplate(JsonNode.Parse(value.Element.GetRawText())!, lookups);
    }

    private void Collect(JsonCursor value, Dictionary<string, LookupSpec> lookups)
    {
        switch (value.Kind)
        {
            case JsonValueKind.String when IsReference(value.Element.GetString()!):
                lookups[value.Element.GetString()!] = _values.Lookup(value, [], "a reference inside a JSON parameter");
                break;
            case JsonValueKind.Array:
                foreach (var item in value.Items("array"))
                {
                    Collect(item, lookups);
                }

                break;
            case JsonValueKind.Object:
                foreach (var (_, child) in value.Properties("object"))
                {
                    Collect(child, lookups);
                }

                break;
        }
    }

    /// <summary>A string is taken as a reference only when it names a declared key or a solution table's column: never a guess.</summary>
    private bool IsReference(string text) =>
        (LookupSyntax.TryKey(text, out var table, out var key) && _keys.TableOf(key) == table)
        || (LookupSyntax.TryColumn(text, out table, out var column, out _) && _schema.FindTable(table)?.HasColumn(column) == true);
}
