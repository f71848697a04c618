using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A visit (an appointment) completed, reopened, cancelled, re-dated, reassigned, re-targeted or deleted: recomputes
/// CompletedVisits and VisitSuccessRate of the old and new owner for the scheduled end dates. Only completed appointments
/// count, so a change of an appointment that neither was nor is completed costs no call. An Update the platform raises
/// inside SetState or Assign of the same row stands aside (<see cref="StepNesting.StandsAsideInsideRowMessages"/>).
/// </summary>
[Step(UpdateStepId, MessageNames.Update, AppointmentColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's visit KPIs when an appointment's state, owner, end time or regarding row changes.",
    FilteringAttributes = new[]
    {
        AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.StatusCode,
        AppointmentColumns.ScheduledEnd, AppointmentColumns.RegardingObjectId,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.ScheduledEnd)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.ScheduledEnd)]
[Step(SetStateStepId, MessageNames.SetState, AppointmentColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's visit KPIs when an appointment is completed, cancelled or reopened.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName, AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.ScheduledEnd)]
[StepImage(SetStateStepId, ImageType.PostImage, PostImageName, AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.ScheduledEnd)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, AppointmentColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes the owner's visit KPIs when an appointment is completed, cancelled or reopened.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName, AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.ScheduledEnd)]
[StepImage(SetStateDynamicStepId, ImageType.PostImage, PostImageName, AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.ScheduledEnd)]
[Step(AssignStepId, MessageNames.Assign, AppointmentColumns.EntityName, PipelineStage.PostOperation,
    Description = "Moves a completed visit from the old owner to the new one.")]
[StepImage(AssignStepId, ImageType.PreImage, PreImageName, AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.ScheduledEnd)]
[StepImage(AssignStepId, ImageType.PostImage, PostImageName, AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.ScheduledEnd)]
[Step(DeleteStepId, MessageNames.Delete, AppointmentColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's visit KPIs after a completed appointment is deleted.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, AppointmentColumns.OwnerId, AppointmentColumns.StateCode, AppointmentColumns.ScheduledEnd)]
public sealed class AppointmentAttainmentPlugin : PluginBase
{
    public const string UpdateStepId = "52caf83a-62f4-42ab-821d-c3e7d7b9beaa";
    public const string SetStateStepId = "a748c3b9-3fca-4905-991b-a3d820caab30";
    public const string SetStateDynamicStepId = "59a3384f-0c0a-4cf2-8d42-d27de72576d0";
    public const string AssignStepId = "70b85a2a-785a-441d-bca7-7a06f0ab545a";
    public const string DeleteStepId = "5689aee7-7b1d-44ee-b60b-c070f911de21";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(PreImageName);
        var after = context.PostImage(PostImageName);
        if (!IsCompleted(before) && !IsCompleted(after))
        {
            context.Trace("The appointment neither was nor is completed: no visit changed.");
            return;
        }

        AttainmentRun.ForOwners(context, SourceChange.Of(before, after, AppointmentColumns.ScheduledEnd).ToArray());
    }

    private static bool IsCompleted(Entity? row) =>
        row?.GetAttributeValue<OptionSetValue>(AppointmentColumns.StateCode)?.Value == AppointmentColumns.StateCompleted;
}
