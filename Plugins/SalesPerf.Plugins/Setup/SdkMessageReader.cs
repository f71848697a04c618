using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// Finds SDK messages by name and their table filters, as Celedon AutoNumber does: message ids differ between
/// organisations and some are not public (semantics doc 10), so they are read, never written in code.
/// </summary>
internal static class SdkMessageReader
{
    /// <summary>The id of each named message the organisation has, by name (one query).</summary>
    public static IReadOnlyDictionary<string, Guid> MessageIds(IOrganizationService service, IReadOnlyCollection<string> names)
        => RowIdsByName.Read(service, RegistrationTables.Message, RegistrationTables.MessageName, names);

    /// <summary>The filter id of each (message id, table) the organisation has (one query).</summary>
    public static IReadOnlyDictionary<MessageFilterKey, Guid> FilterIds(
        IOrganizationService service, IReadOnlyCollection<Guid> messageIds, IReadOnlyCollection<string> tables)
    {
        var found = new Dictionary<MessageFilterKey, Guid>();
        if (messageIds.Count == 0 || tables.Count == 0)
        {
            return found;
        }

        var query = new QueryExpression(RegistrationTables.Filter)
        {
            ColumnSet = new ColumnSet(RegistrationTables.FilterId, RegistrationTables.MessageId, RegistrationTables.FilterPrimaryTable),
        };
        query.Criteria.AddCondition(RegistrationTables.MessageId, ConditionOperator.In, messageIds.Cast<object>().ToArray());
        query.Criteria.AddCondition(RegistrationTables.FilterPrimaryTable, ConditionOperator.In, tables.Cast<object>().ToArray());
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var message = row.GetAttributeValue<EntityReference>(RegistrationTables.MessageId);
            var table = row.GetAttributeValue<string>(RegistrationTables.FilterPrimaryTable);
            if (message is not null && table is not null)
            {
                found[new MessageFilterKey(message.Id, table)] = row.Id;
            }
        }

        return found;
    }
}
