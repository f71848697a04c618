using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Setup;

/// <summary>Reads the processing step rows and step image rows of given step ids.</summary>
internal static class StepRowReader
{
    /// <summary>The step rows that exist among <paramref name="stepIds"/>, by id, with the columns setup writes (one query).</summary>
    public static IReadOnlyDictionary<Guid, Entity> Steps(IOrganizationService service, IReadOnlyCollection<Guid> stepIds)
    {
        if (stepIds.Count == 0)
        {
            return new Dictionary<Guid, Entity>();
        }

        var query = new QueryExpression(RegistrationTables.Step) { ColumnSet = new ColumnSet(StepRows.Columns.ToArray()) };
        query.Criteria.AddCondition(RegistrationTables.StepId, ConditionOperator.In, stepIds.Cast<object>().ToArray());
        return service.RetrieveMultiple(query).Entities.ToDictionary(row => row.Id);
    }

    /// <summary>The image rows of <paramref name="stepIds"/>, with the columns setup writes (one query).</summary>
    public static IReadOnlyList<Entity> Images(IOrganizationService service, IReadOnlyCollection<Guid> stepIds)
    {
        if (stepIds.Count == 0)
        {
            return Array.Empty<Entity>();
        }

        var query = new QueryExpression(RegistrationTables.Image) { ColumnSet = new ColumnSet(StepRows.ImageColumns.ToArray()) };
        query.Criteria.AddCondition(RegistrationTables.StepId, ConditionOperator.In, stepIds.Cast<object>().ToArray());
        return service.RetrieveMultiple(query).Entities.ToList();
    }
}
