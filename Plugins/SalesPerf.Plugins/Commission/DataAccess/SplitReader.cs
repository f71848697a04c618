using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>The percent of an opportunity split away from its owner (one query).</summary>
internal sealed class SplitReader(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public decimal PercentTotal(Guid opportunityId)
    {
        var query = new QueryExpression(DealSplitColumns.EntityName) { ColumnSet = new ColumnSet(DealSplitColumns.SplitPercent) };
        query.Criteria.AddCondition(DealSplitColumns.OpportunityId, ConditionOperator.Equal, opportunityId);
        query.Criteria.AddCondition(DealSplitColumns.StateCode, ConditionOperator.Equal, 0);
        return service.RetrieveMultiple(query).Entities.Sum(e => e.GetAttributeValue<decimal?>(DealSplitColumns.SplitPercent) ?? 0m);
    }
}
