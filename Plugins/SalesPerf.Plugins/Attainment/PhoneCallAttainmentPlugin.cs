using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A phone call completed, reopened, cancelled, re-dated, reassigned, re-targeted or deleted: recomputes the visit KPIs
/// of the old and new owner for the due dates (a KPI counts phone calls only when <c>spm_visitsincludephonecalls</c> says
/// so; the others are recomputed to the same value). Only completed phone calls count, so a change of a phone call that
/// neither was nor is completed costs no call. An Update the platform raises inside SetState or Assign of the same row
/// stands aside (<see cref="StepNesting.StandsAsideInsideRowMessages"/>).
/// </summary>
[Step(UpdateStepId, MessageNames.Update, PhoneCallColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's visit KPIs when a phone call's state, owner, due date or regarding row changes.",
    FilteringAttributes = new[]
    {
        PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.StatusCode,
        PhoneCallColumns.ScheduledEnd, PhoneCallColumns.RegardingObjectId,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.ScheduledEnd)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.ScheduledEnd)]
[Step(SetStateStepId, MessageNames.SetState, PhoneCallColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's visit KPIs when a phone call is completed, cancelled or reopened.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName, PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.ScheduledEnd)]
[StepImage(SetStateStepId, ImageType.PostImage, PostImageName, PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.ScheduledEnd)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, PhoneCallColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's visit KPIs when a phone call is completed, cancelled or reopened.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName, PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.ScheduledEnd)]
[StepImage(SetStateDynamicStepId, ImageType.PostImage, PostImageName, PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.ScheduledEnd)]
[Step(AssignStepId, MessageNames.Assign, PhoneCallColumns.EntityName, PipelineStage.PostOperation,
    Description = "Moves a completed visit from the old owner to the new one.")]
[StepImage(AssignStepId, ImageType.PreImage, PreImageName, PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.ScheduledEnd)]
[StepImage(AssignStepId, ImageType.PostImage, PostImageName, PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.ScheduledEnd)]
[Step(DeleteStepId, MessageNames.Delete, PhoneCallColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's visit KPIs after a completed phone call is deleted.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, PhoneCallColumns.OwnerId, PhoneCallColumns.StateCode, PhoneCallColumns.ScheduledEnd)]
public sealed class PhoneCallAttainmentPlugin : PluginBase
{
    public const string UpdateStepId = "9c79bee3-ace3-45a2-adea-7019f4653e02";
    public const string SetStateStepId = "4b4d46c1-ee35-4395-b47b-74bfb31c11e4";
    public const string SetStateDynamicStepId = "d7192c5d-43ce-4f15-8eef-015fa4e39ff7";
    public const string AssignStepId = "df123f40-6f8f-4845-9b2e-6963e8f355c3";
    public const string DeleteStepId = "e872854e-1d11-441e-b3ab-333ff6b0666e";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(PreImageName);
        var after = context.PostImage(PostImageName);
        if (!IsCompleted(before) && !IsCompleted(after))
        {
            context.Trace("The phone call neither was nor is completed: no visit changed.");
            return;
        }

        AttainmentRun.ForOwners(context, SourceChange.Of(before, after, PhoneCallColumns.ScheduledEnd).ToArray());
    }

    private static bool IsCompleted(Entity? row) =>
        row?.GetAttributeValue<OptionSetValue>(PhoneCallColumns.StateCode)?.Value == PhoneCallColumns.StateCompleted;
}
