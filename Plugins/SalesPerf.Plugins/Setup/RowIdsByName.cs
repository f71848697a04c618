using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Setup;

/// <summary>The id of each named row of a registration table (messages, plug-in types), by name, in one query.</summary>
internal static class RowIdsByName
{
    public static IReadOnlyDictionary<string, Guid> Read(IOrganizationService service, string table, string nameColumn, IReadOnlyCollection<string> names)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return found;
        }

        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(nameColumn) };
        query.Criteria.AddCondition(nameColumn, ConditionOperator.In, names.Cast<object>().ToArray());
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            found[row.GetAttributeValue<string>(nameColumn)] = row.Id;
        }

        return found;
    }
}
