using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Scenarios.Running;

namespace SalesPerf.Scenarios.Output;

/// <summary>How the output writes a reference: <c>table:key</c>, else <c>table[spm_code=…]</c>, else <c>table:id</c>.</summary>
internal sealed class LookupNames
{
    public const string CodeColumn = "spm_code";

    private readonly IOrganizationService _administrator;
    private readonly RowKeys _keys;
    private readonly ScenarioSchema _schema;
    private readonly Dictionary<(string, Guid), string?> _codes = [];

    public LookupNames(IOrganizationService administrator, RowKeys keys, ScenarioSchema schema)
    {
        _administrator = administrator;
        _keys = keys;
        _schema = schema;
    }

    public string Name(EntityReference reference)
    {
        var table = reference.LogicalName.ToLowerInvariant();
        if (_keys.KeyOf(table, reference.Id) is string key)
        {
            return $"{table}:{key}";
        }

        return Code(table, reference.Id) is string code ? $"{table}[{CodeColumn}={code}]" : $"{table}:{reference.Id}";
    }

    private string? Code(string table, Guid id)
    {
        var definition = _schema.FindTable(table);
        if (definition?.HasColumn(CodeColumn) != true)
        {
            return null;
        }

        if (!_codes.TryGetValue((table, id), out var code))
        {
            var rows = _administrator.RetrieveMultiple(new QueryExpression(table)
            {
                ColumnSet = new ColumnSet(CodeColumn),
                Criteria = { Conditions = { new ConditionExpression(definition.PrimaryIdAttribute, ConditionOperator.Equal, id) } },
            }).Entities;
            code = rows.Count == 1 ? rows[0].GetAttributeValue<string>(CodeColumn) : null;
            _codes[(table, id)] = code;
        }

        return code;
    }
}
