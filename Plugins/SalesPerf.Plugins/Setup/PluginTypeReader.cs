using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Setup;

/// <summary>Finds the registered plug-in types (<c>plugintype</c>) of the imported assembly by their type names.</summary>
internal static class PluginTypeReader
{
    /// <summary>The id of each named plug-in type the organisation has, by type name (one query).</summary>
    public static IReadOnlyDictionary<string, Guid> Ids(IOrganizationService service, IReadOnlyCollection<string> typeNames)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (typeNames.Count == 0)
        {
            return found;
        }

        var query = new QueryExpression(RegistrationTables.PluginType)
        {
            ColumnSet = new ColumnSet(RegistrationTables.PluginTypeId, RegistrationTables.PluginTypeName),
        };
        query.Criteria.AddCondition(RegistrationTables.PluginTypeName, ConditionOperator.In, typeNames.Cast<object>().ToArray());
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            found[row.GetAttributeValue<string>(RegistrationTables.PluginTypeName)] = row.Id;
        }

        return found;
    }
}
