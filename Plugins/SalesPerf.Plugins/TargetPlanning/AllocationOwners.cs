using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>Resolves allocation owner ids to users or teams: one query per owner table, named columns.</summary>
internal static class AllocationOwners
{
    /// <summary>Owner id text → the user or team with its name; ids that are neither are absent.</summary>
    public static Dictionary<string, NamedOwner> Resolve(IOrganizationService service, IEnumerable<string> ownerTexts)
    {
        var ids = new Dictionary<Guid, string>();
        foreach (var text in ownerTexts)
        {
            if (Guid.TryParse(text, out var id))
            {
                ids[id] = text;
            }
        }

        var result = new Dictionary<string, NamedOwner>(StringComparer.OrdinalIgnoreCase);
        if (ids.Count == 0)
        {
            return result;
        }

        Add(result, ids, service, OwnerColumns.UserEntityName, OwnerColumns.UserId, OwnerColumns.UserFullName);
        Add(result, ids, service, OwnerColumns.TeamEntityName, OwnerColumns.TeamId, OwnerColumns.TeamName);
        return result;
    }

    private static void Add(
        Dictionary<string, NamedOwner> result, Dictionary<Guid, string> ids, IOrganizationService service, string table, string idColumn, string nameColumn)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(nameColumn) };
        query.Criteria.AddCondition(idColumn, ConditionOperator.In, ids.Keys.Cast<object>().ToArray());
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            if (ids.TryGetValue(row.Id, out var text))
            {
                result[text] = new NamedOwner(new EntityReference(table, row.Id), row.GetAttributeValue<string>(nameColumn) ?? text);
            }
        }
    }
}
