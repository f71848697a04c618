using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>contain-values / not-contain-values on multi-select choice columns.</summary>
internal static class MultiChoiceOperators
{
    public static Func<object?, bool?>? TryCompile(ConditionTarget target)
    {
        if (target.Operator is not (ConditionOperator.ContainValues or ConditionOperator.DoesNotContainValues))
        {
            return null;
        }

        var wanted = new ConditionTarget(target.Column, target.Operator, ConditionValues.Flatten(target.Values), target.Context)
            .ConvertedAll().Cast<decimal>().ToHashSet();
        var negate = target.Operator == ConditionOperator.DoesNotContainValues;
        return raw => raw is OptionSetValueCollection options
            ? options.Any(o => wanted.Contains(o.Value)) != negate
            : null;
    }
}
