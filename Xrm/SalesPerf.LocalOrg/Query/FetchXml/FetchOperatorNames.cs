using System.Collections.Frozen;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Query.FetchXml;

/// <summary>
/// FetchXML operator names and their <see cref="ConditionOperator"/> (doc 3.1; the enumeration of Fetch.xsd 9.0,
/// plus not-on). Mapped names the engine does not evaluate still reach it and throw NotSupportedException there.
/// </summary>
internal static class FetchOperatorNames
{
    private static readonly FrozenDictionary<string, ConditionOperator> ByName =
        new Dictionary<string, ConditionOperator>
        {
            ["eq"] = ConditionOperator.Equal,
            ["ne"] = ConditionOperator.NotEqual,
            ["neq"] = ConditionOperator.NotEqual,
            ["gt"] = ConditionOperator.GreaterThan,
            ["ge"] = ConditionOperator.GreaterEqual,
            ["lt"] = ConditionOperator.LessThan,
            ["le"] = ConditionOperator.LessEqual,
            ["like"] = ConditionOperator.Like,
            ["not-like"] = ConditionOperator.NotLike,
            ["in"] = ConditionOperator.In,
            ["not-in"] = ConditionOperator.NotIn,
            ["between"] = ConditionOperator.Between,
            ["not-between"] = ConditionOperator.NotBetween,
            ["null"] = ConditionOperator.Null,
            ["not-null"] = ConditionOperator.NotNull,
            ["yesterday"] = ConditionOperator.Yesterday,
            ["today"] = ConditionOperator.Today,
            ["tomorrow"] = ConditionOperator.Tomorrow,
            ["last-seven-days"] = ConditionOperator.Last7Days,
            ["next-seven-days"] = ConditionOperator.Next7Days,
            ["last-week"] = ConditionOperator.LastWeek,
            ["this-week"] = ConditionOperator.ThisWeek,
            ["next-week"] = ConditionOperator.NextWeek,
            ["last-month"] = ConditionOperator.LastMonth,
            ["this-month"] = ConditionOperator.ThisMonth,
            ["next-month"] = ConditionOperator.NextMonth,
            ["on"] = ConditionOperator.On,
            ["on-or-before"] = ConditionOperator.OnOrBefore,
            ["on-or-after"] = ConditionOperator.OnOrAfter,
            ["not-on"] = ConditionOperator.NotOn,
            ["last-year"] = ConditionOperator.LastYear,
            ["this-year"] = ConditionOperator.ThisYear,
            ["next-year"] = ConditionOperator.NextYear,
            ["last-x-hours"] = ConditionOperator.LastXHours,
            ["next-x-hours"] = ConditionOperator.NextXHours,
            ["last-x-days"] = ConditionOperator.LastXDays,
            ["next-x-days"] = ConditionOperator.NextXDays,
            ["last-x-weeks"] = ConditionOperator.LastXWeeks,
            ["next-x-weeks"] = ConditionOperator.NextXWeeks,
            ["last-x-months"] = ConditionOperator.LastXMonths,
            ["next-x-months"] = ConditionOperator.NextXMonths,
            ["last-x-years"] = ConditionOperator.LastXYears,
            ["next-x-years"] = ConditionOperator.NextXYears,
            ["olderthan-x-months"] = ConditionOperator.OlderThanXMonths,
            ["olderthan-x-years"] = ConditionOperator.OlderThanXYears,
            ["olderthan-x-weeks"] = ConditionOperator.OlderThanXWeeks,
            ["olderthan-x-days"] = ConditionOperator.OlderThanXDays,
            ["olderthan-x-hours"] = ConditionOperator.OlderThanXHours,
            ["olderthan-x-minutes"] = ConditionOperator.OlderThanXMinutes,
            ["eq-userid"] = ConditionOperator.EqualUserId,
            ["ne-userid"] = ConditionOperator.NotEqualUserId,
            ["eq-userteams"] = ConditionOperator.EqualUserTeams,
            ["eq-useroruserteams"] = ConditionOperator.EqualUserOrUserTeams,
            ["eq-useroruserhierarchy"] = ConditionOperator.EqualUserOrUserHierarchy,
            ["eq-useroruserhierarchyandteams"] = ConditionOperator.EqualUserOrUserHierarchyAndTeams,
            ["eq-businessid"] = ConditionOperator.EqualBusinessId,
            ["ne-businessid"] = ConditionOperator.NotEqualBusinessId,
            ["eq-userlanguage"] = ConditionOperator.EqualUserLanguage,
            ["this-fiscal-year"] = ConditionOperator.ThisFiscalYear,
            ["this-fiscal-period"] = ConditionOperator.ThisFiscalPeriod,
            ["next-fiscal-year"] = ConditionOperator.NextFiscalYear,
            ["next-fiscal-period"] = ConditionOperator.NextFiscalPeriod,
            ["last-fiscal-year"] = ConditionOperator.LastFiscalYear,
            ["last-fiscal-period"] = ConditionOperator.LastFiscalPeriod,
            ["last-x-fiscal-years"] = ConditionOperator.LastXFiscalYears,
            ["last-x-fiscal-periods"] = ConditionOperator.LastXFiscalPeriods,
            ["next-x-fiscal-years"] = ConditionOperator.NextXFiscalYears,
            ["next-x-fiscal-periods"] = ConditionOperator.NextXFiscalPeriods,
            ["in-fiscal-year"] = ConditionOperator.InFiscalYear,
            ["in-fiscal-period"] = ConditionOperator.InFiscalPeriod,
            ["in-fiscal-period-and-year"] = ConditionOperator.InFiscalPeriodAndYear,
            ["in-or-before-fiscal-period-and-year"] = ConditionOperator.InOrBeforeFiscalPeriodAndYear,
            ["in-or-after-fiscal-period-and-year"] = ConditionOperator.InOrAfterFiscalPeriodAndYear,
            ["begins-with"] = ConditionOperator.BeginsWith,
            ["not-begin-with"] = ConditionOperator.DoesNotBeginWith,
            ["ends-with"] = ConditionOperator.EndsWith,
            ["not-end-with"] = ConditionOperator.DoesNotEndWith,
            ["under"] = ConditionOperator.Under,
            ["eq-or-under"] = ConditionOperator.UnderOrEqual,
            ["not-under"] = ConditionOperator.NotUnder,
            ["above"] = ConditionOperator.Above,
            ["eq-or-above"] = ConditionOperator.AboveOrEqual,
            ["contain-values"] = ConditionOperator.ContainValues,
            ["not-contain-values"] = ConditionOperator.DoesNotContainValues,
        }.ToFrozenDictionary();

    public static ConditionOperator Parse(string name) =>
        ByName.TryGetValue(name, out var op)
            ? op
            : throw OrganizationFaults.InvalidArgument($"The FetchXML condition operator '{name}' is not valid.");
}
