using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Reviews;

/// <summary>The input of SetState / SetStateDynamicEntity: EntityMoniker, State, Status.</summary>
internal sealed class SetStateInput
{
    private SetStateInput(EntityReference record, int state, int status)
    {
        Record = record;
        State = state;
        Status = status;
    }

    public EntityReference Record { get; }

    public int State { get; }

    /// <summary>−1 means the state's default status.</summary>
    public int Status { get; }

    public static SetStateInput Read(IPluginExecutionContext context)
    {
        var input = context.InputParameters;
        var record = input.TryGetValue("EntityMoniker", out var moniker) ? moniker as EntityReference : null;
        var state = input.TryGetValue("State", out var stateValue) ? stateValue as OptionSetValue : null;
        var status = input.TryGetValue("Status", out var statusValue) ? statusValue as OptionSetValue : null;
        if (record is null || state is null)
        {
            throw new InvalidOperationException("SetState without EntityMoniker or State: the platform always sends both.");
        }

        return new SetStateInput(record, state.Value, status?.Value ?? -1);
    }
}
