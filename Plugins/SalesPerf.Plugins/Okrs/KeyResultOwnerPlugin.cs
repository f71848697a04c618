using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Okrs;

/// <summary>
/// A key result belongs to its objective's owner (docs/domain-rules.md "People side: security"), so whoever reads the
/// objective's owner's rows (the person, their team's members, their managers) reads its key results, and nobody
/// else writes them. PreValidation, before the platform checks privileges, whichever point of the pipeline the platform
/// checks them at: a new key result without an owner is given the objective's owner, so the Create privilege is
/// checked against that owner (a rep cannot add a result to a colleague's objective); one naming another owner, or a
/// key result moved to an objective of another owner, is refused (SPM-OKR-050). One read of the objective, only when
/// the key result names one.
/// </summary>
[Step(CreateStepId, MessageNames.Create, KeyResultColumns.EntityName, PipelineStage.PreValidation,
    Description = "A new key result belongs to its objective's owner.")]
[Step(UpdateStepId, MessageNames.Update, KeyResultColumns.EntityName, PipelineStage.PreValidation,
    Description = "A key result moves only to an objective of its own owner.",
    FilteringAttributes = new[] { KeyResultColumns.ObjectiveId })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, KeyResultColumns.Name, KeyResultColumns.OwnerId, KeyResultColumns.ObjectiveId)]
public sealed class KeyResultOwnerPlugin : PluginBase
{
    public const string CreateStepId = "0189807a-a399-48f3-971c-f39d7afd530f";
    public const string UpdateStepId = "16308312-c34f-4f82-b1e3-820ff9200c8e";
    public const string ImageName = "PreImage";

    // A validator that writes only into its own Target cannot loop; skipping it on re-entry would let a nested write bypass the rule.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        var objective = target?.GetAttributeValue<EntityReference>(KeyResultColumns.ObjectiveId);
        if (target is null || objective is null)
        {
            return;
        }

        var before = context.PreImage(ImageName);
        var name = target.GetAttributeValue<string>(KeyResultColumns.Name) ?? before?.GetAttributeValue<string>(KeyResultColumns.Name) ?? "-";
        var owner = target.GetAttributeValue<EntityReference>(KeyResultColumns.OwnerId) ?? before?.GetAttributeValue<EntityReference>(KeyResultColumns.OwnerId);
        if (before is not null && before.GetAttributeValue<EntityReference>(KeyResultColumns.ObjectiveId)?.Id == objective.Id)
        {
            return;
        }

        var objectiveRow = context.SystemService.Retrieve(ObjectiveColumns.EntityName, objective.Id, new ColumnSet(ObjectiveColumns.Name, ObjectiveColumns.OwnerId));
        var objectiveOwner = objectiveRow.GetAttributeValue<EntityReference>(ObjectiveColumns.OwnerId);
        if (objectiveOwner is null)
        {
            return;
        }

        if (owner is null)
        {
            target[KeyResultColumns.OwnerId] = new EntityReference(objectiveOwner.LogicalName, objectiveOwner.Id);
            return;
        }

        if (owner.Id != objectiveOwner.Id)
        {
            throw context.BusinessError(OkrMessages.KeyResultNotObjectiveOwners, name, objectiveRow.GetAttributeValue<string>(ObjectiveColumns.Name) ?? "-",
                objectiveOwner.Name ?? "-");
        }
    }
}
