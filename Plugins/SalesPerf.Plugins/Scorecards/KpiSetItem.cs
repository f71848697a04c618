using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Plugins.Scorecards;

/// <summary>One <c>spm_kpisetitem</c>: the KPI and the terms a target made from it carries.</summary>
internal sealed record KpiSetItem(string Name, EntityReference Kpi, decimal? Weight, decimal? ScoreCap, decimal? ThresholdPercent)
{
    public static ColumnSet Columns() => new(
        KpiSetItemColumns.Name, KpiSetItemColumns.KpiId, KpiSetItemColumns.Weight, KpiSetItemColumns.ScoreCap, KpiSetItemColumns.ThresholdPercent);

    /// <summary>The target columns <see cref="ChangesTo"/> compares.</summary>
    public static ColumnSet TargetColumnsRead() => new(
        TargetColumns.KpiId, TargetColumns.ScorecardId, TargetColumns.Weight, TargetColumns.ScoreCap, TargetColumns.ThresholdPercent);

    /// <summary>The item, or null when it names no KPI.</summary>
    public static KpiSetItem? From(Entity row)
    {
        var kpi = row.GetAttributeValue<EntityReference>(KpiSetItemColumns.KpiId);
        return kpi is null
            ? null
            : new KpiSetItem(
                row.GetAttributeValue<string>(KpiSetItemColumns.Name) ?? kpi.Name ?? "KPI",
                kpi,
                Numbers.Read(row, KpiSetItemColumns.Weight),
                Numbers.Read(row, KpiSetItemColumns.ScoreCap),
                Numbers.Read(row, KpiSetItemColumns.ThresholdPercent));
    }

    /// <summary>A new target of the owner and period for this KPI, at a target value of 0 until the manager sets it.</summary>
    public Entity NewTarget(EntityReference owner, EntityReference period, EntityReference scorecard, string name)
    {
        var target = new Entity(TargetColumns.EntityName)
        {
            [TargetColumns.Name] = name.Length > 200 ? name.Substring(0, 200) : name,
            [TargetStates.OwnerId] = owner,
            [TargetColumns.KpiId] = Kpi,
            [TargetColumns.PeriodId] = period,
            [TargetColumns.ScorecardId] = scorecard,
            [TargetColumns.TargetValue] = 0m,
            [TargetColumns.RollupSource] = new OptionSetValue(TargetStates.RollupOwnRecords),
        };
        Set(target, TargetColumns.Weight, Weight);
        Set(target, TargetColumns.ScoreCap, ScoreCap);
        Set(target, TargetColumns.ThresholdPercent, ThresholdPercent);
        return target;
    }

    /// <summary>The update that links an existing target to the scorecard with this item's terms (no columns when nothing differs).</summary>
    public Entity ChangesTo(Entity target, EntityReference scorecard)
    {
        var update = new Entity(TargetColumns.EntityName, target.Id);
        if (target.GetAttributeValue<EntityReference>(TargetColumns.ScorecardId)?.Id != scorecard.Id)
        {
            update[TargetColumns.ScorecardId] = scorecard;
        }

        SetIfDifferent(update, target, TargetColumns.Weight, Weight);
        SetIfDifferent(update, target, TargetColumns.ScoreCap, ScoreCap);
        SetIfDifferent(update, target, TargetColumns.ThresholdPercent, ThresholdPercent);
        return update;
    }

    private static void Set(Entity row, string column, decimal? value)
    {
        if (value is decimal v)
        {
            row[column] = v;
        }
    }

    private static void SetIfDifferent(Entity update, Entity current, string column, decimal? value)
    {
        if (value is decimal v && Numbers.Read(current, column) != v)
        {
            update[column] = v;
        }
    }
}
