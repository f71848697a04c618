using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.StaleNumbers;

/// <summary>The active targets that point to a changed KPI or period: one paged query (5,000 a page) as SYSTEM.</summary>
public static class AffectedTargets
{
    public static IReadOnlyList<AffectedTarget> Of(IOrganizationService service, string lookup, Guid id)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var query = new QueryExpression(TargetColumns.EntityName) { ColumnSet = new ColumnSet(TargetColumns.ScorecardId) };
        query.Criteria.AddCondition(TargetStates.StateCode, ConditionOperator.Equal, TargetStates.Active);
        query.Criteria.AddCondition(lookup, ConditionOperator.Equal, id);
        query.AddOrder(TargetColumns.Id, OrderType.Ascending);
        return QueryPages.All(service, query)
            .Select(row => new AffectedTarget(row.Id, row.GetAttributeValue<EntityReference>(TargetColumns.ScorecardId)?.Id))
            .ToList();
    }
}
