using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// QueryByAttribute as the equivalent QueryExpression: one Equal condition per attribute, joined with And; a null
/// value means "is null" (fake-xrm-easy#404); orders, columns, top and paging carried over (fake-xrm-easy#375).
/// </summary>
internal static class QueryByAttributeTranslator
{
    public static QueryExpression Translate(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw OrganizationFaults.InvalidArgument(
                $"QueryByAttribute has {query.Attributes.Count} attribute(s) but {query.Values.Count} value(s).");
        }

        if (query.Attributes.Count == 0)
        {
            throw OrganizationFaults.InvalidArgument("QueryByAttribute must name at least one attribute.");
        }

        var expression = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet ?? new ColumnSet(),
            TopCount = query.TopCount,
            PageInfo = query.PageInfo ?? new PagingInfo(),
        };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            expression.Criteria.AddCondition(query.Values[i] is null
                ? new ConditionExpression(query.Attributes[i], ConditionOperator.Null)
                : new ConditionExpression(query.Attributes[i], ConditionOperator.Equal, query.Values[i]));
        }

        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }

        return expression;
    }
}
