using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Okrs;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Okrs;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.CheckIns;

/// <summary>
/// After a check-in is created: pre-fills its agenda from the live numbers (<see cref="AgendaSources"/>) in the same
/// transaction, as SYSTEM, each item owned by the check-in's owner, and writes how many it added
/// (<c>spm_prefilleditems</c>). Calls: <see cref="OkrBudget.CheckInPrefillQueries"/> queries for a one-to-one
/// (<see cref="OkrBudget.TeamCheckInPrefillQueries"/> for a team), one create per item (at most
/// <see cref="OkrBudget.MostItemsPerSource"/> per source) and one update.
/// </summary>
[Step(CreateStepId, MessageNames.Create, CheckInColumns.EntityName, PipelineStage.PostOperation,
    Description = "Pre-fills a new check-in's agenda from behind-pace targets, disputed statements, open reviews and development items.")]
[StepImage(CreateStepId, ImageType.PostImage, PostImageName, CheckInColumns.OwnerId, CheckInColumns.Kind, CheckInColumns.RepId, CheckInColumns.TeamId,
    CheckInColumns.Cadence, CheckInColumns.MeetingDate)]
public sealed class CheckInPrefillPlugin : PluginBase
{
    public const string CreateStepId = "ebb15162-432e-411f-9e00-739ef5dd4eda";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var checkIn = context.PostImage(PostImageName);
        var owner = checkIn?.GetAttributeValue<EntityReference>(CheckInColumns.OwnerId);
        var meetingDate = checkIn?.GetAttributeValue<DateTime?>(CheckInColumns.MeetingDate);
        if (checkIn is null || owner is null || meetingDate is null)
        {
            return;
        }

        var service = context.SystemService;
        var items = AgendaSources.BehindPaceTargets(service, owner, meetingDate.Value).ToList();
        var rep = checkIn.GetAttributeValue<EntityReference>(CheckInColumns.RepId);
        var team = checkIn.GetAttributeValue<EntityReference>(CheckInColumns.TeamId);
        if (checkIn.GetAttributeValue<OptionSetValue>(CheckInColumns.Kind)?.Value == CheckInRules.Team)
        {
            if (team is not null)
            {
                items.AddRange(AgendaSources.DisputedStatements(service, AgendaPeople.MembersOf(team.Id)));
                items.AddRange(AgendaSources.OpenReviews(service, AgendaPeople.MembersOf(team.Id)));
            }
        }
        else if (rep is not null)
        {
            items.AddRange(AgendaSources.DisputedStatements(service, AgendaPeople.OneToOne(rep.Id)));
            items.AddRange(AgendaSources.OpenReviews(service, AgendaPeople.OneToOne(rep.Id)));
            var cadence = checkIn.GetAttributeValue<OptionSetValue>(CheckInColumns.Cadence)?.Value;
            items.AddRange(AgendaSources.OpenDevelopmentItems(service, rep.Id, CheckInPeriod.LastDay(meetingDate.Value, cadence)));
        }

        foreach (var item in items)
        {
            item[CheckInItemColumns.CheckInId] = new EntityReference(CheckInColumns.EntityName, context.Context.PrimaryEntityId);
            item[CheckInItemColumns.OwnerId] = new EntityReference(owner.LogicalName, owner.Id);
            service.Create(item);
        }

        using (context.BeginEngineWrites())
        {
            service.Update(new Entity(CheckInColumns.EntityName, context.Context.PrimaryEntityId) { [CheckInColumns.PrefilledItems] = items.Count });
        }

        context.Trace("{0} agenda items pre-filled.", items.Count);
    }
}
