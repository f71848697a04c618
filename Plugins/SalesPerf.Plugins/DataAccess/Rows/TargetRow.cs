using System;
using SalesPerf.Domain.Kpis;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>
/// One active <c>spm_target</c> with its KPI and period, mapped at the boundary: the user-entered terms stay raw
/// here (they are validated when the target is written), the computed columns are <see cref="Stored"/>.
/// </summary>
public sealed record TargetRow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public Guid OwnerId { get; init; }

    public string OwnerType { get; init; } = string.Empty;

    public KpiRow Kpi { get; init; } = null!;

    public PeriodRow Period { get; init; } = null!;

    public Guid? ParentId { get; init; }

    /// <summary>The parent's <c>spm_rollupsource</c>, read through the link; null without a parent.</summary>
    public int? ParentRollupSource { get; init; }

    public Guid? ScorecardId { get; init; }

    public bool RollsUpChildren { get; init; }

    public decimal TargetValue { get; init; }

    public decimal? StretchValue { get; init; }

    public decimal ThresholdPercent { get; init; }

    public decimal ScoreCap { get; init; }

    public decimal Weight { get; init; }

    public TargetFigures Stored { get; init; } = new();

    public bool IsManual => Kpi.Measure == Measure.Manual;

    /// <summary>The stored actual as a domain value (ratios keep numerator and denominator).</summary>
    public Actual StoredActual()
    {
        if (Stored.Numerator.HasValue && Stored.Denominator.HasValue)
        {
            return Actual.FromParts(Stored.Numerator.Value, Stored.Denominator.Value, Kpi.Kpi.Definition.RatioScale);
        }

        return Stored.ActualValue.HasValue ? Actual.FromValue(Stored.ActualValue.Value) : Actual.None;
    }
}
