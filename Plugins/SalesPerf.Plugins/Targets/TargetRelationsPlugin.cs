using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Targets;

/// <summary>
/// The rules a target keeps with other rows (<see cref="TargetRelations"/>, SPM-TGT-036 to 038). After the main
/// operation, inside the transaction (a refusal rolls the write back): the platform's privilege check has passed, so a
/// user who may not write the target learns nothing of other rows.
/// </summary>
[Step(CreateStepId, MessageNames.Create, TargetColumns.EntityName, PipelineStage.PostOperation,
    Description = "Refuses a second active target per owner, KPI and period, and a scorecard of another owner or period.")]
[Step(UpdateStepId, MessageNames.Update, TargetColumns.EntityName, PipelineStage.PostOperation,
    Description = "Refuses a second active target per owner, KPI and period, a scorecard of another owner or period, and parent loops.",
    FilteringAttributes = new[] { TargetColumns.KpiId, TargetColumns.PeriodId, TargetColumns.ScorecardId, TargetColumns.ParentTargetId })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, TargetColumns.Name, TargetColumns.KpiId, TargetColumns.PeriodId,
    TargetStates.OwnerId, TargetColumns.ScorecardId, TargetColumns.ParentTargetId)]
public sealed class TargetRelationsPlugin : PluginBase
{
    public const string CreateStepId = "3d7f0a61-94c2-4b1e-8f35-c2a9e6b1d470";
    public const string UpdateStepId = "e1b5c9a2-6f03-4d7e-a84b-95d2f3c07e18";
    public const string PreImageName = "PreImage";

    // A validator never writes, so it cannot loop; skipping it on re-entry would let a nested write bypass the rules.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            context.Trace("No Target entity; nothing to validate.");
            return;
        }

        var preImage = context.PreImage(PreImageName);
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
