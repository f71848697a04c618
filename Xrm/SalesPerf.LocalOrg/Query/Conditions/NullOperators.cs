using System;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>null / not-null: the only operators that test for a missing value (doc 3.2).</summary>
internal static class NullOperators
{
    public static Func<object?, bool?>? TryCompile(ConditionTarget target) => target.Operator switch
    {
        ConditionOperator.Null => raw => raw is null,
        ConditionOperator.NotNull => raw => raw is not null,
        _ => null,
    };
}
