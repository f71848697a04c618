using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Scenarios.Model;

namespace SalesPerf.Scenarios.Running;

/// <summary>Turns parsed values into what the SDK sends, resolving lookups at the moment the step runs.</summary>
internal sealed class ValueResolver
{
    private readonly IOrganizationService _administrator;
    private readonly RowKeys _keys;

    public ValueResolver(IOrganizationService administrator, RowKeys keys)
    {
        _administrator = administrator;
        _keys = keys;
    }

    public object? Resolve(object? value) => value switch
    {
        LookupSpec lookup => Reference(lookup),
        RowIdSpec row => Reference(row.Row).Id,
        EntitySpec entity => ToEntity(entity.Table, entity.Values, null),
        JsonTemplate template => Render(template),
        IReadOnlyList<LookupSpec> lookups => new EntityReferenceCollection(lookups.Select(Reference).ToList()),
        _ => value,
    };

    public EntityReference Reference(LookupSpec lookup) => lookup switch
    {
        KeyLookup key => _keys.Row(key.Key),
        IdLookup id => new EntityReference(id.Table, id.Id),
        ColumnLookup column => new EntityReference(column.Table, Single(column)),
        _ => throw new NotSupportedException($"Unknown lookup form {lookup}."),
    };

    public Entity ToEntity(string table, IReadOnlyDictionary<string, object?> values, Guid? id)
    {
        var entity = id is Guid existing ? new Entity(table, existing) : new Entity(table);
        foreach (var (column, value) in values)
        {
            entity[column] = Resolve(value);
        }

        return entity;
    }

    private Guid Single(ColumnLookup lookup)
    {
        var query = new QueryExpression(lookup.Table) { ColumnSet = new ColumnSet(false), TopCount = 2 };
        query.Criteria.AddCondition(ConditionValues.Equal(lookup.Column, Resolve(lookup.Value)));
        var rows = _administrator.RetrieveMultiple(query).Entities;
        return rows.Count switch
        {
            1 => rows[0].Id,
            0 => throw new StepFailedException($"{lookup} matches no row"),
            _ => throw new StepFailedException($"{lookup} matches more than one row"),
        };
    }

    private string Render(JsonTemplate template)
    {
        var node = template.Node.DeepClone();
        Replace(node, template.Lookups);
        return node.ToJsonString();
    }

    private void Replace(JsonNode? node, IReadOnlyDictionary<string, LookupSpec> lookups)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Reference(array[i], lookups) is string id)
                    {
                        array[i] = id;
                    }
                    else
                    {
                        Replace(array[i], lookups);
                    }
                }

                break;
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (Reference(obj[name], lookups) is string id)
                    {
                        obj[name] = id;
                    }
                    else
                    {
                        Replace(obj[name], lookups);
                    }
                }

                break;
        }
    }

    private string? Reference(JsonNode? node, IReadOnlyDictionary<string, LookupSpec> lookups) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && lookups.TryGetValue(text, out var lookup)
            ? Reference(lookup).Id.ToString()
            : null;
}
