using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Scenarios.Model;

namespace SalesPerf.Scenarios.Running;

/// <summary>Finds the row a step names: by key, or by <c>where</c> (exactly one match).</summary>
internal sealed class RowLocator
{
    private readonly IOrganizationService _administrator;
    private readonly RowKeys _keys;
    private readonly ValueResolver _resolver;

    public RowLocator(IOrganizationService administrator, RowKeys keys, ValueResolver resolver)
    {
        _administrator = administrator;
        _keys = keys;
        _resolver = resolver;
    }

    public EntityReference Locate(RowSelector selector)
    {
        if (selector.Key is string key)
        {
            return _keys.Row(key);
        }

        var ids = Matching(selector.Table, selector.Where ?? new Dictionary<string, object?>());
        return ids.Count switch
        {
            1 => new EntityReference(selector.Table, ids[0]),
            0 => throw new StepFailedException($"no {selector} exists"),
            _ => throw new StepFailedException($"{ids.Count} rows match {selector}; 'where' must name exactly one"),
        };
    }

    public IReadOnlyList<Guid> Matching(string table, IReadOnlyDictionary<string, object?> where)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false) };
        foreach (var (column, value) in where)
        {
            query.Criteria.AddCondition(ConditionValues.Equal(column, _resolver.Resolve(value)));
        }

        return RowReader.All(_administrator, query).Select(row => row.Id).ToList();
    }
}
