using System;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>in, not-in, between, not-between; a null column is unknown for all of them (doc 3.2).</summary>
internal static class SetOperators
{
    public static Func<object?, bool?>? TryCompile(ConditionTarget target)
    {
        switch (target.Operator)
        {
            case ConditionOperator.In:
            case ConditionOperator.NotIn:
                var flat = new ConditionTarget(target.Column, target.Operator, ConditionValues.Flatten(target.Values), target.Context);
                if (flat.Values.Count == 0)
                {
                    // An empty not-in is ignored (DynamicsValue#45); an empty in can match nothing and faults.
                    return target.Operator == ConditionOperator.NotIn
                        ? _ => true
                        : throw OrganizationFaults.InvalidArgument($"Condition for attribute '{target.Column.LogicalName}': operator In expects at least one value.");
                }

                var set = flat.ConvertedAll();
                var negate = target.Operator == ConditionOperator.NotIn;
                return raw => target.Stored(raw) is { } value ? set.Any(v => ComparableValue.AreEqual(value, v)) != negate : null;

            case ConditionOperator.Between:
            case ConditionOperator.NotBetween:
                target.RequireValueCount(2);
                var low = target.Converted(0);
                var high = target.Converted(1);
                var outside = target.Operator == ConditionOperator.NotBetween;
                return raw => target.Stored(raw) is { } value
                    ? (ComparableValue.Compare(value, low) >= 0 && ComparableValue.Compare(value, high) <= 0) != outside
                    : null;

            default:
                return null;
        }
    }
}
