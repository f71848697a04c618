using System;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>Finds the family that implements an operator; an operator no family knows is reported, never guessed.</summary>
internal static class OperatorFamilies
{
    public static Func<object?, bool?> Compile(ConditionTarget target) =>
        ComparisonOperators.TryCompile(target)
        ?? NullOperators.TryCompile(target)
        ?? TextOperators.TryCompile(target)
        ?? SetOperators.TryCompile(target)
        ?? DateOperators.TryCompile(target)
        ?? TimeOperators.TryCompile(target)
        ?? FiscalOperators.TryCompile(target)
        ?? MultiChoiceOperators.TryCompile(target)
        ?? throw new NotSupportedException(
            $"ConditionOperator.{target.Operator} is not supported by the local organisation's query engine.");

    /// <summary>Operators that need the calling user or business unit, which a query alone does not carry.</summary>
    public static bool NeedsCaller(ConditionOperator op) => op is ConditionOperator.EqualUserId or ConditionOperator.NotEqualUserId
        or ConditionOperator.EqualBusinessId or ConditionOperator.NotEqualBusinessId or ConditionOperator.EqualUserTeams
        or ConditionOperator.EqualUserOrUserTeams or ConditionOperator.EqualUserOrUserHierarchy
        or ConditionOperator.EqualUserOrUserHierarchyAndTeams or ConditionOperator.EqualUserLanguage;
}
