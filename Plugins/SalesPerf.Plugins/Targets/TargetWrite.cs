using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Targets;

/// <summary>What a Create or Update of <c>spm_target</c> sends, completed with the pre-image where the Target is silent.</summary>
internal sealed class TargetWrite
{
    private readonly Entity target;
    private readonly Entity? preImage;

    private TargetWrite(Entity target, Entity? preImage, string displayName)
    {
        this.target = target;
        this.preImage = preImage;
        DisplayName = displayName;
    }

    /// <summary>The target's name for messages: from the Target, else the pre-image, else "-" (never its id).</summary>
    public string DisplayName { get; }

    public EntityReference? KpiId => Reference(TargetColumns.KpiId);

    public EntityReference? PeriodId => Reference(TargetColumns.PeriodId);

    /// <summary>True for a Create (no pre-image): every rule applies, whatever columns were sent.</summary>
    public bool IsCreate => preImage is null;

    public static TargetWrite From(Entity target, Entity? preImage)
    {
        var name = target.GetAttributeValue<string>(TargetColumns.Name);
        if (string.IsNullOrWhiteSpace(name))
        {
            name = preImage?.GetAttributeValue<string>(TargetColumns.Name);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            name = "-";
        }

        return new TargetWrite(target, preImage, name!);
    }

    public bool Writes(string column) => target.Contains(column);

    /// <summary>
    /// The first engine-only column written. On Create the recalculation mark's metadata default (No), which the platform
    /// puts into every Create Target before the first stage, is not a write; on Update any value is.
    /// </summary>
    public string? FirstEngineOnlyColumn() =>
        TargetColumns.EngineOnlyColumns.FirstOrDefault(column => Writes(column) && !(IsCreate && IsUnsetMark(column)));

    private bool IsUnsetMark(string column) =>
        column == TargetColumns.RecalculationNeeded && target[column] is false or null;

    /// <summary>The column's value as sent, as a number, whichever numeric column type carries it; null when absent or empty.</summary>
    public decimal? Number(string column) => target.Contains(column) ? AsNumber(target[column]) : null;

    /// <summary>The column's value after the write: as sent, else as stored (pre-image); null when empty.</summary>
    public decimal? Merged(string column) =>
        target.Contains(column) ? AsNumber(target[column]) : preImage is not null && preImage.Contains(column) ? AsNumber(preImage[column]) : null;

    /// <summary>The target's id: the request's, else the pre-image's; empty on a Create that sets none.</summary>
    public Guid Id => target.Id != Guid.Empty ? target.Id : preImage?.Id ?? Guid.Empty;

    /// <summary>The lookup after the write: as sent, else as stored (pre-image).</summary>
    public EntityReference? Reference(string column) =>
        target.Contains(column) ? target.GetAttributeValue<EntityReference>(column) : preImage?.GetAttributeValue<EntityReference>(column);

    private static decimal? AsNumber(object? raw)
    {
        return raw switch
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
