using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Query.Fiscal;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>
/// The fiscal operator family, evaluated against the organisation's fiscal settings (doc 3.5, 8.2) on the
/// row's local date. "Last/Next X fiscal years/periods" cover the X years/periods before/after the current
/// one, not the current one (so X = 1 equals last/next-fiscal-year/period); this choice is not verified
/// against the platform. Values: in-fiscal-period-and-year and its in-or-before/after forms take
/// (period, year) in that order.
/// </summary>
internal static class FiscalOperators
{
    public static Func<object?, bool?>? TryCompile(ConditionTarget target)
    {
        var op = target.Operator;
        if (op is < ConditionOperator.ThisFiscalYear or > ConditionOperator.InOrAfterFiscalPeriodAndYear)
        {
            return null;
        }

        target.RequireDateTimeColumn();
        var context = target.Context;
        var now = context.Fiscal.PositionOf(context.Today);
        Func<FiscalPosition, bool> test = op switch
        {
            ConditionOperator.ThisFiscalYear => p => p.Year == now.Year,
            ConditionOperator.LastFiscalYear => p => p.Year == now.Year - 1,
            ConditionOperator.NextFiscalYear => p => p.Year == now.Year + 1,
            ConditionOperator.ThisFiscalPeriod => p => p.Index == now.Index,
            ConditionOperator.LastFiscalPeriod => p => p.Index == now.Index - 1,
            ConditionOperator.NextFiscalPeriod => p => p.Index == now.Index + 1,
            ConditionOperator.LastXFiscalYears => Between(now.Year - X(target), now.Year - 1, p => p.Year),
            ConditionOperator.NextXFiscalYears => Between(now.Year + 1, now.Year + X(target), p => p.Year),
            ConditionOperator.LastXFiscalPeriods => Between(now.Index - X(target), now.Index - 1, p => p.Index),
            ConditionOperator.NextXFiscalPeriods => Between(now.Index + 1, now.Index + X(target), p => p.Index),
            ConditionOperator.InFiscalYear => Equal(Single(target), p => p.Year),
            ConditionOperator.InFiscalPeriod => Equal(Single(target), p => p.Period),
            ConditionOperator.InFiscalPeriodAndYear => Equal(PeriodAndYear(target, now), p => p.Index),
            ConditionOperator.InOrBeforeFiscalPeriodAndYear => Between(int.MinValue, PeriodAndYear(target, now), p => p.Index),
            _ => Between(PeriodAndYear(target, now), int.MaxValue, p => p.Index),
        };

        return raw => raw is DateTime stored ? test(context.Fiscal.PositionOf(context.LocalDate(stored, target.Column))) : null;
    }

    private static Func<FiscalPosition, bool> Between(int low, int high, Func<FiscalPosition, int> part) =>
        p => part(p) >= low && part(p) <= high;

    private static Func<FiscalPosition, bool> Equal(int expected, Func<FiscalPosition, int> part) => p => part(p) == expected;

    private static int X(ConditionTarget target) => Single(target);

    private static int Single(ConditionTarget target)
    {
        target.RequireValueCount(1);
        return target.IntegerValue(0);
    }

    private static int PeriodAndYear(ConditionTarget target, FiscalPosition now)
    {
        target.RequireValueCount(2);
        var period = target.IntegerValue(0);
        if (period < 1 || period > now.PeriodsPerYear)
        {
            throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{target.Column.LogicalName}': fiscal period {period} does not exist; the organisation has {now.PeriodsPerYear} periods a year.");
        }

        return new FiscalPosition(target.IntegerValue(1), period, now.PeriodsPerYear).Index;
    }
}
