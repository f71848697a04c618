namespace SalesPerf.Domain.Kpis;

/// <summary>
/// What the engine needs to know to compute one measure: where its records live, which date column places
/// them in a period, its default direction and unit, and whether it stores a numerator and denominator.
/// Column names are logical names of the data-model contract (domain.md §2–3).
/// </summary>
public sealed record MeasureDefinition
{
    internal MeasureDefinition(
        Measure measure,
        string? sourceTable,
        string? dateColumn,
        string? valueColumn,
        MeasureAggregation aggregation,
        KpiDirection defaultDirection,
        KpiUnit unit,
        string? denominatorTable = null,
        string? denominatorDateColumn = null)
    {
        Measure = measure;
        SourceTable = sourceTable;
        DateColumn = dateColumn;
        ValueColumn = valueColumn;
        Aggregation = aggregation;
        DefaultDirection = defaultDirection;
        Unit = unit;
        DenominatorTable = denominatorTable ?? sourceTable;
        DenominatorDateColumn = denominatorDateColumn ?? dateColumn;
    }

    public Measure Measure { get; }

    /// <summary>Table of the records counted or summed; null for <see cref="Measure.Manual"/>.</summary>
    public string? SourceTable { get; }

    /// <summary>Column that must fall inside the period; null for <see cref="Measure.Manual"/>.</summary>
    public string? DateColumn { get; }

    /// <summary>Column summed or averaged (for ratios: the numerator's column when it is an amount); null when records are counted.</summary>
    public string? ValueColumn { get; }

    public MeasureAggregation Aggregation { get; }

    public KpiDirection DefaultDirection { get; }

    public KpiUnit Unit { get; }

    /// <summary>Table of the denominator's records (differs from <see cref="SourceTable"/> only for CollectionRate).</summary>
    public string? DenominatorTable { get; }

    /// <summary>Date column of the denominator's records.</summary>
    public string? DenominatorDateColumn { get; }

    /// <summary>True when the measure stores <c>spm_numerator</c> and <c>spm_denominator</c> and rolls up as Σ÷Σ.</summary>
    public bool HasNumeratorAndDenominator =>
        Aggregation is MeasureAggregation.Ratio or MeasureAggregation.Average or MeasureAggregation.Growth;

    /// <summary>Factor from numerator ÷ denominator to the stored actual: 100 for percentages, 1 for averages.</summary>
    public decimal RatioScale => Aggregation == MeasureAggregation.Average ? 1m : 100m;
}
