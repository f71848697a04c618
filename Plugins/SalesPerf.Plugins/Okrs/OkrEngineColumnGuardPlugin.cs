using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Okrs;

/// <summary>
/// Refuses a user's write to a column only the engine writes (<see cref="OkrEngineColumns"/>): an objective's and a key
/// result's progress, an objective's key-result count and status, a check-in's pre-filled count (SPM-CMP-001). It runs
/// in PreValidation, so the values the OKR steps themselves put in the Target in PreOperation are never mistaken for a
/// user's; the engine's own writes pass (<see cref="ContextMarks.IsEngineWrite"/>). None of these columns has a
/// metadata default, so on Create any value is a user's.
/// </summary>
[Step(ObjectiveCreateStepId, MessageNames.Create, ObjectiveColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses computed objective columns on create.")]
[Step(ObjectiveUpdateStepId, MessageNames.Update, ObjectiveColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses user writes to computed objective columns.",
    FilteringAttributes = new[] { ObjectiveColumns.ProgressPercent, ObjectiveColumns.KeyResultCount, ObjectiveColumns.KeyResultStatus, ObjectiveColumns.LastCalculatedOn })]
[Step(KeyResultCreateStepId, MessageNames.Create, KeyResultColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses computed key result columns on create.")]
[Step(KeyResultUpdateStepId, MessageNames.Update, KeyResultColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses user writes to computed key result columns.",
    FilteringAttributes = new[] { KeyResultColumns.ProgressPercent, KeyResultColumns.LastCalculatedOn })]
[Step(CheckInCreateStepId, MessageNames.Create, CheckInColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses the computed pre-filled count of a check-in on create.")]
[Step(CheckInUpdateStepId, MessageNames.Update, CheckInColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses user writes to the pre-filled count of a check-in.",
    FilteringAttributes = new[] { CheckInColumns.PrefilledItems })]
public sealed class OkrEngineColumnGuardPlugin : PluginBase
{
    public const string ObjectiveCreateStepId = "a16807aa-639f-49b3-ada9-69cf07654dfb";
    public const string ObjectiveUpdateStepId = "c7d2e0fa-25f7-41dc-8924-24d3a0dad0bd";
    public const string KeyResultCreateStepId = "325301b8-cc95-48d8-996f-75406addf376";
    public const string KeyResultUpdateStepId = "8ebf503b-6085-427e-ba69-6e69bb7c7532";
    public const string CheckInCreateStepId = "33d1b11a-2092-42b7-b432-fed8327b8635";
    public const string CheckInUpdateStepId = "d0fabb04-6acb-4c80-b39d-1d7b793f6061";

    // A validator never writes, so it cannot loop; skipping it on re-entry would let a nested write bypass the rule.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            return;
        }

        var written = target.Attributes.Where(a => context.Context.MessageName != MessageNames.Create || a.Value is not null).Select(a => a.Key);
        var column = OkrEngineColumns.FirstWritten(target.LogicalName, written);
        if (column is null || context.IsEngineWrite)
        {
            return;
        }

        throw context.BusinessError(BusinessMessages.ComputedColumn, RecordName(context, target), target.LogicalName, column);
    }

    /// <summary>The row's name: from the Target, else read once (only on the way to a fault). All three tables name rows in spm_name.</summary>
    private static string RecordName(LocalPluginContext context, Entity target)
    {
        var name = target.GetAttributeValue<string>(ObjectiveColumns.Name);
        if (name is null && target.Id != Guid.Empty && context.Context.MessageName == MessageNames.Update)
        {
            name = context.SystemService.Retrieve(target.LogicalName, target.Id, new ColumnSet(ObjectiveColumns.Name)).GetAttributeValue<string>(ObjectiveColumns.Name);
        }

        return name ?? target.Id.ToString("D");
    }
}
