using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Okrs;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Okrs;

/// <summary>A key result as the OKR steps read it from a Target, an image or both merged.</summary>
internal sealed class KeyResultRow
{
    private KeyResultRow(Entity row)
    {
        Id = row.Id;
        Name = row.GetAttributeValue<string>(KeyResultColumns.Name) ?? "-";
        Objective = row.GetAttributeValue<EntityReference>(KeyResultColumns.ObjectiveId);
        var kind = row.GetAttributeValue<OptionSetValue>(KeyResultColumns.Kind)?.Value;
        Kind = kind is int value && Enum.IsDefined(typeof(KeyResultKind), value) ? (KeyResultKind)value : null;
        Weight = row.GetAttributeValue<decimal?>(KeyResultColumns.Weight);
        Target = row.GetAttributeValue<EntityReference>(KeyResultColumns.TargetId);
        Start = row.GetAttributeValue<decimal?>(KeyResultColumns.StartValue);
        Goal = row.GetAttributeValue<decimal?>(KeyResultColumns.GoalValue);
        Current = row.GetAttributeValue<decimal?>(KeyResultColumns.CurrentValue);
        State = row.GetAttributeValue<OptionSetValue>(KeyResultColumns.StateCode)?.Value ?? 0;
        Progress = row.GetAttributeValue<decimal?>(KeyResultColumns.ProgressPercent);
    }

    public Guid Id { get; }

    public string Name { get; }

    public EntityReference? Objective { get; }

    public KeyResultKind? Kind { get; }

    public decimal? Weight { get; }

    public EntityReference? Target { get; }

    public decimal? Start { get; }

    public decimal? Goal { get; }

    public decimal? Current { get; }

    public int State { get; }

    public decimal? Progress { get; }

    public bool IsActive => State == 0;

    public static KeyResultRow Of(Entity row) => new(row ?? throw new ArgumentNullException(nameof(row)));
}
