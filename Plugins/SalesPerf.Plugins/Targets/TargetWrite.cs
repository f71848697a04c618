using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Targets;

/// <summary>What a Create or Update of <c>spm_target</c> sends, completed with the pre-image where the Target is silent.</summary>
internal sealed class TargetWrite
{
    private readonly Entity target;

    private TargetWrite(Entity target, string displayName, EntityReference? kpiId)
    {
        this.target = target;
        DisplayName = displayName;
        KpiId = kpiId;
    }

    /// <summary>The target's name for messages: from the Target, else the pre-image, else its id.</summary>
    public string DisplayName { get; }

    public EntityReference? KpiId { get; }

    public static TargetWrite From(Entity target, Entity? preImage)
    {
        var name = target.GetAttributeValue<string>(TargetColumns.Name);
        if (string.IsNullOrWhiteSpace(name))
        {
            name = preImage?.GetAttributeValue<string>(TargetColumns.Name);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            name = target.Id == Guid.Empty ? "-" : target.Id.ToString("D");
        }

        var kpi = target.Contains(TargetColumns.KpiId)
            ? target.GetAttributeValue<EntityReference>(TargetColumns.KpiId)
            : preImage?.GetAttributeValue<EntityReference>(TargetColumns.KpiId);

        return new TargetWrite(target, name!, kpi);
    }

    public bool Writes(string column) => target.Contains(column);

    public string? FirstEngineOnlyColumn() => TargetColumns.EngineOnlyColumns.FirstOrDefault(Writes);

    /// <summary>The column's value as a number, whichever numeric column type carries it; null when absent or empty.</summary>
    public decimal? Number(string column)
    {
        if (!target.Contains(column))
        {
            return null;
        }

        return target[column] switch
        {
            null => null,
            decimal value => value,
            Money money => money.Value,
            int value => value,
            long value => value,
            double value => (decimal)value,
            _ => null,
        };
    }
}
