using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>
/// The computed columns of one <c>spm_target</c>, as stored or as recomputed. Values are rounded to their columns'
/// precision (<see cref="Normalised"/>) so that a recomputation that changes nothing compares equal and writes nothing.
/// </summary>
public sealed record TargetFigures
{
    public decimal? ActualValue { get; init; }

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    public decimal? InProgressValue { get; init; }

    public decimal? AttainmentPercent { get; init; }

    public decimal? ScorePercent { get; init; }

    public decimal? ExpectedToDateValue { get; init; }

    public string? CalculationTrace { get; init; }

    public decimal? AllocatedValue { get; init; }

    public decimal? AllocationVariance { get; init; }

    /// <summary><c>spm_pacestatus</c>: a <see cref="SalesPerf.Domain.Targets.PaceStatus"/> value.</summary>
    public int? PaceStatus { get; init; }

    public decimal? ProjectedValue { get; init; }

    public decimal? ProjectedAttainmentPercent { get; init; }

    /// <summary>
    /// The stale mark (<c>spm_recalculationneeded</c>): true only as stored, when a configuration change marked the row.
    /// Figures the engine computes never carry it, so <see cref="ChangesTo"/> clears it (and its reason) with the write.
    /// </summary>
    public bool RecalculationNeeded { get; init; }

    /// <summary>
    /// Rounded like the columns store them (precision 4 for actuals, ratios and percentages, 2 for amounts) and held
    /// within the columns' limits (<see cref="ComputedColumnLimits"/>): a value beyond them is stored at the limit.
    /// </summary>
    public TargetFigures Normalised() => this with
    {
        ActualValue = Fit(TargetColumns.ActualValue, ActualValue, 4),
        Numerator = Fit(TargetColumns.Numerator, Numerator, 4),
        Denominator = Fit(TargetColumns.Denominator, Denominator, 4),
        InProgressValue = Fit(TargetColumns.InProgressValue, InProgressValue, 2),
        AttainmentPercent = Fit(TargetColumns.AttainmentPercent, AttainmentPercent, 4),
        ScorePercent = Fit(TargetColumns.ScorePercent, ScorePercent, 4),
        ExpectedToDateValue = Fit(TargetColumns.ExpectedToDateValue, ExpectedToDateValue, 2),
        AllocatedValue = Fit(TargetColumns.AllocatedValue, AllocatedValue, 2),
        AllocationVariance = Fit(TargetColumns.AllocationVariance, AllocationVariance, 2),
        ProjectedValue = Fit(TargetColumns.ProjectedValue, ProjectedValue, 2),
        ProjectedAttainmentPercent = Fit(TargetColumns.ProjectedAttainmentPercent, ProjectedAttainmentPercent, 2),
    };

    /// <summary>The columns whose computed value lies beyond the column's limit: the value computed and the value stored.</summary>
    public IReadOnlyList<ColumnOverflow> Overflows()
    {
        var overflows = new List<ColumnOverflow>();
        var fitted = Normalised();
        Overflow(overflows, TargetColumns.ActualValue, ActualValue, fitted.ActualValue);
        Overflow(overflows, TargetColumns.Numerator, Numerator, fitted.Numerator);
        Overflow(overflows, TargetColumns.Denominator, Denominator, fitted.Denominator);
        Overflow(overflows, TargetColumns.InProgressValue, InProgressValue, fitted.InProgressValue);
        Overflow(overflows, TargetColumns.AttainmentPercent, AttainmentPercent, fitted.AttainmentPercent);
        Overflow(overflows, TargetColumns.ScorePercent, ScorePercent, fitted.ScorePercent);
        Overflow(overflows, TargetColumns.ExpectedToDateValue, ExpectedToDateValue, fitted.ExpectedToDateValue);
        Overflow(overflows, TargetColumns.AllocatedValue, AllocatedValue, fitted.AllocatedValue);
        Overflow(overflows, TargetColumns.AllocationVariance, AllocationVariance, fitted.AllocationVariance);
        Overflow(overflows, TargetColumns.ProjectedValue, ProjectedValue, fitted.ProjectedValue);
        Overflow(overflows, TargetColumns.ProjectedAttainmentPercent, ProjectedAttainmentPercent, fitted.ProjectedAttainmentPercent);
        return overflows;
    }

    /// <summary>
    /// The columns whose value in <paramref name="desired"/> differs from this (stored) one, with the new value (null
    /// clears the column). Allocation columns are compared only when <paramref name="includeAllocation"/>, and the actual
    /// only when <paramref name="includeActual"/> (a Manual KPI's actual belongs to the manager).
    /// </summary>
    public IReadOnlyDictionary<string, object?> ChangesTo(TargetFigures desired, bool includeActual, bool includeAllocation)
    {
        if (desired is null)
        {
            throw new ArgumentNullException(nameof(desired));
        }

        var stored = Normalised();
        var wanted = desired.Normalised();
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (includeActual)
        {
            Compare(changes, TargetColumns.ActualValue, stored.ActualValue, wanted.ActualValue);
        }

        Compare(changes, TargetColumns.Numerator, stored.Numerator, wanted.Numerator);
        Compare(changes, TargetColumns.Denominator, stored.Denominator, wanted.Denominator);
        Compare(changes, TargetColumns.InProgressValue, stored.InProgressValue, wanted.InProgressValue);
        Compare(changes, TargetColumns.AttainmentPercent, stored.AttainmentPercent, wanted.AttainmentPercent);
        Compare(changes, TargetColumns.ScorePercent, stored.ScorePercent, wanted.ScorePercent);
        Compare(changes, TargetColumns.ExpectedToDateValue, stored.ExpectedToDateValue, wanted.ExpectedToDateValue);
        Compare(changes, TargetColumns.ProjectedValue, stored.ProjectedValue, wanted.ProjectedValue);
        Compare(changes, TargetColumns.ProjectedAttainmentPercent, stored.ProjectedAttainmentPercent, wanted.ProjectedAttainmentPercent);
        if (stored.PaceStatus != wanted.PaceStatus)
        {
            changes[TargetColumns.PaceStatus] = wanted.PaceStatus is int status ? new OptionSetValue(status) : null;
        }

        if (!string.Equals(stored.CalculationTrace ?? string.Empty, wanted.CalculationTrace ?? string.Empty, StringComparison.Ordinal))
        {
            changes[TargetColumns.CalculationTrace] = string.IsNullOrEmpty(wanted.CalculationTrace) ? null : wanted.CalculationTrace;
        }

        if (includeAllocation)
        {
            Compare(changes, TargetColumns.AllocatedValue, stored.AllocatedValue, wanted.AllocatedValue);
            Compare(changes, TargetColumns.AllocationVariance, stored.AllocationVariance, wanted.AllocationVariance);
        }

        if (stored.RecalculationNeeded && !wanted.RecalculationNeeded)
        {
            changes[TargetColumns.RecalculationNeeded] = false;
            changes[TargetColumns.RecalculationReason] = null;
        }

        return changes;
    }

    private static void Compare(Dictionary<string, object?> changes, string column, decimal? stored, decimal? wanted)
    {
        if (stored != wanted)
        {
            changes[column] = wanted;
        }
    }

    private static void Overflow(List<ColumnOverflow> overflows, string column, decimal? computed, decimal? stored)
    {
        if (computed is decimal value && stored is decimal fitted && ComputedColumnLimits.Clamp(TargetColumns.EntityName, column, value) != value)
        {
            overflows.Add(new ColumnOverflow(column, value, fitted));
        }
    }

    private static decimal? Fit(string column, decimal? value, int decimals) =>
        ComputedColumnLimits.Clamp(TargetColumns.EntityName, column, Round(value, decimals));

    private static decimal? Round(decimal? value, int decimals) =>
        value.HasValue ? Math.Round(value.Value, decimals, MidpointRounding.AwayFromZero) : null;
}
