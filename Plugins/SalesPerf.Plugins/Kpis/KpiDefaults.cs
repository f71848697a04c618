using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Kpis;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Kpis;

/// <summary>
/// The direction and unit a new KPI takes from its measure (<see cref="MeasureCatalog"/>, domain doc section 3) when
/// its creator gave none. The platform writes a column's default value into the Create Target before the first step
/// runs, so a HigherIsBetter direction in the Target may be the table's default rather than the caller's choice; for
/// a lower-is-better measure (SalesCycleDays) it is therefore read as "not given". Domain section 3 defines
/// SalesCycleDays as lower is better, so no KPI of that measure is higher-is-better either way.
/// </summary>
public static class KpiDefaults
{
    /// <summary>Sets <c>spm_direction</c> and <c>spm_unit</c> on <paramref name="target"/> where they are missing; returns the columns set.</summary>
    public static string[] Apply(Entity target)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        if (target.GetAttributeValue<OptionSetValue>(KpiColumns.Measure) is not OptionSetValue measureValue
            || !MeasureCatalog.All.Any(d => (int)d.Measure == measureValue.Value))
        {
            return [];
        }

        var definition = MeasureCatalog.Get((Measure)measureValue.Value);
        var direction = target.GetAttributeValue<OptionSetValue>(KpiDefinitionColumns.Direction);
        var directionSet = direction is null || IsTableDefaultOverridingMeasure(direction.Value, definition);
        if (directionSet)
        {
            target[KpiDefinitionColumns.Direction] = new OptionSetValue((int)definition.DefaultDirection);
        }

        var unitSet = target.GetAttributeValue<OptionSetValue>(KpiDefinitionColumns.Unit) is null;
        if (unitSet)
        {
            target[KpiDefinitionColumns.Unit] = new OptionSetValue((int)definition.Unit);
        }

        return directionSet && unitSet
            ? [KpiDefinitionColumns.Direction, KpiDefinitionColumns.Unit]
            : directionSet ? [KpiDefinitionColumns.Direction] : unitSet ? [KpiDefinitionColumns.Unit] : [];
    }

    /// <summary>The table's default (HigherIsBetter) on a measure that is lower-is-better by definition.</summary>
    private static bool IsTableDefaultOverridingMeasure(int direction, MeasureDefinition definition) =>
        direction == (int)KpiDirection.HigherIsBetter && definition.DefaultDirection == KpiDirection.LowerIsBetter;
}
