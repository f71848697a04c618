using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Targets;

/// <summary>
/// The rules a target keeps with other rows (<see cref="TargetRelations"/>, SPM-TGT-036 to 038). After the main
/// operation, inside the transaction (a refusal rolls the write back): the platform's privilege check has passed, so a
/// user who may not write the target learns nothing of other rows. An owner change passes the same rules as a create,
/// through Update of <c>ownerid</c> and through Assign (whichever the platform raises; the Update raised inside Assign
/// stands aside for the Assign step).
/// </summary>
[Step(CreateStepId, MessageNames.Create, TargetColumns.EntityName, PipelineStage.PostOperation,
    Description = "Refuses a second active target per owner, KPI and period, and a scorecard of another owner or period.")]
[Step(UpdateStepId, MessageNames.Update, TargetColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Refuses a second active target per owner, KPI and period, a scorecard of another owner or period, and parent loops.",
    FilteringAttributes = new[] { TargetColumns.KpiId, TargetColumns.PeriodId, TargetColumns.ScorecardId, TargetColumns.ParentTargetId, TargetStates.OwnerId })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, TargetColumns.Name, TargetColumns.KpiId, TargetColumns.PeriodId,
    TargetStates.OwnerId, TargetColumns.ScorecardId, TargetColumns.ParentTargetId)]
[Step(AssignStepId, MessageNames.Assign, TargetColumns.EntityName, PipelineStage.PostOperation,
    Description = "Refuses a target given to an owner who already has an active target for its KPI and period, or whose scorecard is another owner's.")]
[StepImage(AssignStepId, ImageType.PreImage, PreImageName, TargetColumns.Name, TargetColumns.KpiId, TargetColumns.PeriodId,
    TargetStates.OwnerId, TargetColumns.ScorecardId, TargetColumns.ParentTargetId)]
public sealed class TargetRelationsPlugin : PluginBase
{
    public const string CreateStepId = "3d7f0a61-94c2-4b1e-8f35-c2a9e6b1d470";
    public const string UpdateStepId = "e1b5c9a2-6f03-4d7e-a84b-95d2f3c07e18";
    public const string AssignStepId = "24e446eb-0d1c-4726-96de-f6ba4c93775b";
    public const string PreImageName = "PreImage";

    // A validator never writes, so it cannot loop; skipping it on re-entry would let a nested write bypass the rules.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var preImage = context.PreImage(PreImageName);
        var target = context.Context.MessageName == MessageNames.Assign && preImage is not null
            ? new Entity(TargetColumns.EntityName, preImage.Id) { [TargetStates.OwnerId] = context.Input<EntityReference>("Assignee") }
            : context.TargetEntity;
        if (target is null)
        {
            context.Trace("No Target entity; nothing to validate.");
            return;
        }

        var owner = target.GetAttributeValue<EntityReference>(TargetStates.OwnerId)
            ?? preImage?.GetAttributeValue<EntityReference>(TargetStates.OwnerId)
            ?? new EntityReference(OwnerColumns.UserEntityName, context.Context.UserId);
        var id = target.Id != System.Guid.Empty ? target.Id : context.Context.PrimaryEntityId;
        var written = new Entity(target.LogicalName, id);
        foreach (var attribute in target.Attributes)
        {
            written[attribute.Key] = attribute.Value;
        }

        TargetRelations.Check(context, TargetWrite.From(written, preImage), owner);
    }
}
