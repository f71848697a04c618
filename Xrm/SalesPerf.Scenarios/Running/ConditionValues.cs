using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Scenarios.Running;

/// <summary>Query conditions from resolved column values: lookups compare by id, choices by number, money by amount.</summary>
internal static class ConditionValues
{
    public static ConditionExpression Equal(string column, object? value) => value switch
    {
        null => new ConditionExpression(column, ConditionOperator.Null),
        EntityReference reference => new ConditionExpression(column, ConditionOperator.Equal, reference.Id),
        OptionSetValue option => new ConditionExpression(column, ConditionOperator.Equal, option.Value),
        Money money => new ConditionExpression(column, ConditionOperator.Equal, money.Value),
        _ => new ConditionExpression(column, ConditionOperator.Equal, value),
    };
}
