using System;
using System.Collections.Generic;

namespace SalesPerf.Plugins.Schema;

/// <summary>
/// The minimum and maximum of the numeric columns the engine computes, as Solution/Tables/*.json declares them (a
/// test compares the two). The platform refuses a value outside them, which would fault the deal that moved it; the
/// engine stores such a value at the limit instead (<see cref="Clamp"/>) and says so in the trace.
/// </summary>
public static class ComputedColumnLimits
{
    /// <summary>The platform's range of a Decimal column: ±100,000,000,000.</summary>
    private const decimal DecimalLimit = 100_000_000_000m;

    /// <summary>The platform's range of a Currency column: ±922,337,203,685,477.</summary>
    private const decimal MoneyLimit = 922_337_203_685_477m;

    private static readonly IReadOnlyDictionary<string, decimal> Limits = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        [Key(TargetColumns.EntityName, TargetColumns.ActualValue)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.Numerator)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.Denominator)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.InProgressValue)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.AttainmentPercent)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.ScorePercent)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.ExpectedToDateValue)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.AllocatedValue)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.AllocationVariance)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.ProjectedValue)] = DecimalLimit,
        [Key(TargetColumns.EntityName, TargetColumns.ProjectedAttainmentPercent)] = DecimalLimit,
        [Key(ScorecardColumns.EntityName, ScorecardColumns.WeightedScore)] = DecimalLimit,
        [Key(CommissionStatementColumns.EntityName, CommissionStatementColumns.CreditAmount)] = MoneyLimit,
        [Key(CommissionStatementColumns.EntityName, CommissionStatementColumns.AttainmentPercent)] = DecimalLimit,
        [Key(CommissionStatementColumns.EntityName, CommissionStatementColumns.EarnedAmount)] = MoneyLimit,
        [Key(CommissionStatementColumns.EntityName, CommissionStatementColumns.ClawbackAmount)] = MoneyLimit,
        [Key(CommissionStatementColumns.EntityName, CommissionStatementColumns.AdjustmentAmount)] = MoneyLimit,
        [Key(CommissionStatementColumns.EntityName, CommissionStatementColumns.PayableAmount)] = MoneyLimit,
    };

    /// <summary>Every column with a limit; the ranges are symmetric.</summary>
    public static IEnumerable<ColumnLimit> All
    {
        get
        {
            foreach (var limit in Limits)
            {
                var parts = limit.Key.Split('.');
                yield return new ColumnLimit(parts[0], parts[1], -limit.Value, limit.Value);
            }
        }
    }

    /// <summary><paramref name="value"/> moved into the column's range; unchanged for a column without limits.</summary>
    public static decimal? Clamp(string table, string column, decimal? value)
    {
        if (value is not decimal number || !Limits.TryGetValue(Key(table, column), out var limit))
        {
            return value;
        }

        return number > limit ? limit : number < -limit ? -limit : number;
    }

    private static string Key(string table, string column) => table + "." + column;
}
