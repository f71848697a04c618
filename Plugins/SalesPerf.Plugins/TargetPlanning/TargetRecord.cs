using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>The user-entered columns of one <c>spm_target</c> that decomposition and allocation copy to children.</summary>
internal sealed record TargetRecord(
    Guid Id,
    string Name,
    EntityReference? Owner,
    EntityReference? Kpi,
    EntityReference? Period,
    decimal TargetValue,
    decimal? ThresholdPercent,
    decimal? ScoreCap,
    decimal? Weight,
    int? RollupSource,
    bool IsActive)
{
    public static TargetRecord Read(IOrganizationService service, Guid id)
    {
        var row = service.Retrieve(TargetColumns.EntityName, id, new ColumnSet(
            TargetColumns.Name, TargetStates.OwnerId, TargetColumns.KpiId, TargetColumns.PeriodId, TargetColumns.TargetValue,
            TargetColumns.ThresholdPercent, TargetColumns.ScoreCap, TargetColumns.Weight, TargetColumns.RollupSource,
            TargetStates.StateCode));
        return new TargetRecord(
            row.Id,
            row.GetAttributeValue<string>(TargetColumns.Name) ?? row.Id.ToString("D"),
            row.GetAttributeValue<EntityReference>(TargetStates.OwnerId),
            row.GetAttributeValue<EntityReference>(TargetColumns.KpiId),
            row.GetAttributeValue<EntityReference>(TargetColumns.PeriodId),
            Numbers.Read(row, TargetColumns.TargetValue) ?? 0m,
            Numbers.Read(row, TargetColumns.ThresholdPercent),
            Numbers.Read(row, TargetColumns.ScoreCap),
            Numbers.Read(row, TargetColumns.Weight),
            row.GetAttributeValue<OptionSetValue>(TargetColumns.RollupSource)?.Value,
            (row.GetAttributeValue<OptionSetValue>(TargetStates.StateCode)?.Value ?? TargetStates.Active) == TargetStates.Active);
    }

    /// <summary>A child of this target: same KPI and terms, the given owner, period and value; its actual from its own records.</summary>
    public Entity NewChild(string name, EntityReference owner, EntityReference period, decimal value)
    {
        var child = new Entity(TargetColumns.EntityName)
        {
            [TargetColumns.Name] = name.Length > 200 ? name.Substring(0, 200) : name,
            [TargetStates.OwnerId] = owner,
            [TargetColumns.KpiId] = Kpi,
            [TargetColumns.PeriodId] = period,
            [TargetColumns.ParentTargetId] = new EntityReference(TargetColumns.EntityName, Id),
            [TargetColumns.TargetValue] = value,
            [TargetColumns.RollupSource] = new OptionSetValue(TargetStates.RollupOwnRecords),
        };
        Copy(child, TargetColumns.ThresholdPercent, ThresholdPercent);
        Copy(child, TargetColumns.ScoreCap, ScoreCap);
        Copy(child, TargetColumns.Weight, Weight);
        return child;
    }

    private static void Copy(Entity child, string column, decimal? value)
    {
        if (value is decimal v)
        {
            child[column] = v;
        }
    }
}
