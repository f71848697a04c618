using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A lead qualified, disqualified, reopened, reassigned or deleted: stamps <c>lead.spm_closedon</c> (today, UTC, when
/// the lead closes; cleared when it is reopened), then recomputes LeadConversionRate of the old and new owner for the
/// close dates before and after. The state change is handled whether it arrives as Update of <c>statecode</c>, SetState,
/// SetStateDynamicEntity or QualifyLead (registered by Complete setup, <see cref="SetupSteps"/>: its message id is not
/// public); an Update raised inside SetState, Assign or QualifyLead of the same row, and a SetState raised inside
/// QualifyLead, stand aside, so a qualification is handled once whether or not the platform nests them (domain-rules.md
/// "Process KPI gaps"). QualifyLead carries no images: the lead is read once, and it was open before (the platform
/// qualifies only open leads).
/// </summary>
[Step(UpdateStepId, MessageNames.Update, LeadColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Stamps the lead's close date and recomputes the owner's lead conversion when its state or owner changes.",
    FilteringAttributes = new[] { LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.StatusCode })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn)]
[Step(SetStateStepId, MessageNames.SetState, LeadColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Stamps the lead's close date and recomputes the owner's lead conversion when it is qualified, disqualified or reopened.")]
[StepImage(SetStateStepId, ImageType.PreImage, PreImageName, LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn)]
[StepImage(SetStateStepId, ImageType.PostImage, PostImageName, LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, LeadColumns.EntityName, PipelineStage.PostOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Stamps the lead's close date and recomputes the owner's lead conversion when it is qualified, disqualified or reopened.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, PreImageName, LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn)]
[StepImage(SetStateDynamicStepId, ImageType.PostImage, PostImageName, LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn)]
[Step(AssignStepId, MessageNames.Assign, LeadColumns.EntityName, PipelineStage.PostOperation,
    Description = "Moves a closed lead from the old owner's lead conversion to the new owner's.")]
[StepImage(AssignStepId, ImageType.PreImage, PreImageName, LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn)]
[StepImage(AssignStepId, ImageType.PostImage, PostImageName, LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn)]
[Step(QualifyStepId, MessageNames.QualifyLead, LeadColumns.EntityName, PipelineStage.PostOperation,
    Description = "Stamps the lead's close date and recomputes the owner's lead conversion when the lead is qualified through QualifyLead.")]
[Step(DeleteStepId, MessageNames.Delete, LeadColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes the owner's lead conversion after a closed lead is deleted.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn)]
public sealed class LeadAttainmentPlugin : PluginBase
{
    public const string UpdateStepId = "a5ee9c8e-a704-424e-b303-791e4e857457";
    public const string SetStateStepId = "75108eae-eaca-495e-b376-f9ea2026ef20";
    public const string SetStateDynamicStepId = "965c22fc-6bf0-4bd1-b996-8f4ac62c5681";
    public const string AssignStepId = "d2ff2797-97be-4fc7-a401-36ab67251469";
    public const string DeleteStepId = "fc18a5c2-9457-4772-a3b8-a5bf45f51628";
    public const string QualifyStepId = "236f0be5-3ccb-4977-bec3-745c508f59d9";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    /// <summary>QualifyLeadRequest's lead parameter.</summary>
    public const string QualifyLeadInput = "LeadId";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var qualifying = context.Context.MessageName == MessageNames.QualifyLead;
        var after = qualifying ? QualifiedLead(context) : context.PostImage(PostImageName);
        var before = qualifying ? OpenBefore(after) : context.PreImage(PreImageName);
        if (after is null && before is null)
        {
            context.Trace("The request names no lead; nothing to do.");
            return;
        }

        var stored = ClosedOn(after ?? before);
        var stamp = after is null ? stored : Stamp(before, after, stored, CalendarDate.FromDateTime(context.Clock.UtcNow));
        if (after is not null && stamp != stored)
        {
            using (context.BeginEngineWrites())
            {
                context.SystemService.Update(new Entity(LeadColumns.EntityName, after.Id == Guid.Empty ? context.Context.PrimaryEntityId : after.Id)
                {
                    [LeadColumns.ClosedOn] = stamp?.ToDateTime(),
                });
            }

            context.Trace("Lead close date {0} → {1}.", stored?.ToString() ?? "none", stamp?.ToString() ?? "none");
        }

        var dates = new[] { ClosedOn(before), stamp }.Where(d => d.HasValue).Select(d => d!.Value).Distinct().ToArray();
        var owners = new[] { before, after }
            .Select(e => e?.GetAttributeValue<EntityReference>(LeadColumns.OwnerId)?.Id ?? Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .Select(owner => new OwnerDates(owner, dates))
            .ToArray();
        if (dates.Length == 0)
        {
            context.Trace("The lead neither was nor is closed: no lead conversion changed.");
            return;
        }

        AttainmentRun.ForOwners(context, owners);
    }

    /// <summary>QualifyLead has no images: the lead as it is now, read once as SYSTEM (null when the request names none).</summary>
    private static Entity? QualifiedLead(LocalPluginContext context)
    {
        var leadId = context.Input<EntityReference>(QualifyLeadInput)?.Id ?? context.Context.PrimaryEntityId;
        return leadId == Guid.Empty
            ? null
            : context.SystemService.Retrieve(
                LeadColumns.EntityName, leadId, new ColumnSet(LeadColumns.OwnerId, LeadColumns.StateCode, LeadColumns.ClosedOn));
    }

    /// <summary>The lead before QualifyLead: open (the platform qualifies only open leads), same owner and close date.</summary>
    private static Entity? OpenBefore(Entity? after) => after is null ? null : new Entity(LeadColumns.EntityName, after.Id)
    {
        [LeadColumns.OwnerId] = after.GetAttributeValue<EntityReference>(LeadColumns.OwnerId),
        [LeadColumns.StateCode] = new OptionSetValue(LeadColumns.StateOpen),
        [LeadColumns.ClosedOn] = after.GetAttributeValue<DateTime?>(LeadColumns.ClosedOn),
    };

    /// <summary>The close date the lead should carry: kept while it stays closed, today when it closes now, none while open.</summary>
    private static CalendarDate? Stamp(Entity? before, Entity after, CalendarDate? stored, CalendarDate today)
    {
        if (!IsClosed(after))
        {
            return null;
        }

        return IsClosed(before) && stored.HasValue ? stored : today;
    }

    private static bool IsClosed(Entity? row) =>
        row?.GetAttributeValue<OptionSetValue>(LeadColumns.StateCode)?.Value is LeadColumns.StateQualified or LeadColumns.StateDisqualified;

    private static CalendarDate? ClosedOn(Entity? row) =>
        row?.GetAttributeValue<DateTime?>(LeadColumns.ClosedOn) is DateTime date ? CalendarDate.FromDateTime(date) : null;
}
