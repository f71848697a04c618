using System;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Kpis;

/// <summary>One <c>spm_kpi</c> row: a measure with its direction and unit (defaults from <see cref="MeasureCatalog"/>).</summary>
public sealed record Kpi
{
    private Kpi(BilingualText name, MeasureDefinition definition, KpiDirection direction, KpiUnit unit)
    {
        Name = name;
        Definition = definition;
        Direction = direction;
        Unit = unit;
    }

    public BilingualText Name { get; }

    public MeasureDefinition Definition { get; }

    public Measure Measure => Definition.Measure;

    public KpiDirection Direction { get; }

    public KpiUnit Unit { get; }

    /// <summary>Direction and unit default to the measure's (SalesCycleDays: lower is better, days).</summary>
    public static Kpi Create(BilingualText name, Measure measure, KpiDirection? direction = null, KpiUnit? unit = null)
    {
        if (string.IsNullOrWhiteSpace(name.English))
        {
            throw new ArgumentException("A KPI needs a name.", nameof(name));
        }

        var definition = MeasureCatalog.Get(measure);
        return new Kpi(name, definition, direction ?? definition.DefaultDirection, unit ?? definition.Unit);
    }
}
