using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Okrs;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.CheckIns;

/// <summary>
/// Before a check-in is written: a one-to-one names its rep (SPM-CHK-001), a team meeting its team (002), and it has a
/// meeting date (004). On Create the manager defaults to the initiating user and the row is owned by the rep or the
/// team, so a rep reads their own check-ins with the Basic read of the SalesPerf Rep role and the manager reads the
/// team's with the Deep read of the SalesPerf Manager role. No service call.
/// </summary>
[Step(CreateStepId, MessageNames.Create, CheckInColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new check-in; the rep or team owns it; the manager defaults to the creator.")]
[Step(UpdateStepId, MessageNames.Update, CheckInColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a changed check-in.",
    FilteringAttributes = new[] { CheckInColumns.Kind, CheckInColumns.RepId, CheckInColumns.TeamId, CheckInColumns.MeetingDate })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, CheckInColumns.Name, CheckInColumns.Kind, CheckInColumns.RepId, CheckInColumns.TeamId, CheckInColumns.MeetingDate)]
public sealed class CheckInPlugin : PluginBase
{
    public const string CreateStepId = "05705249-e9fa-4946-b78d-72c6f0ff9e6e";
    public const string UpdateStepId = "0ae695b2-8bbd-4a9c-a1bf-e5fedcdda6b8";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            return;
        }

        var isCreate = context.Context.MessageName == MessageNames.Create;
        var row = RowMerge.Of(isCreate ? null : context.PreImage(ImageName), target, CheckInColumns.EntityName);
        var kind = row.GetAttributeValue<OptionSetValue>(CheckInColumns.Kind)?.Value;
        var rep = row.GetAttributeValue<EntityReference>(CheckInColumns.RepId);
        var team = row.GetAttributeValue<EntityReference>(CheckInColumns.TeamId);
        var violations = CheckInRules.CheckMeeting(kind, rep is not null, team is not null, row.GetAttributeValue<DateTime?>(CheckInColumns.MeetingDate).HasValue);
        if (violations.Count > 0)
        {
            throw context.RuleError(row.GetAttributeValue<string>(CheckInColumns.Name) ?? "-", violations);
        }

        if (!isCreate)
        {
            return;
        }

        if (target.GetAttributeValue<EntityReference>(CheckInColumns.ManagerId) is null)
        {
            target[CheckInColumns.ManagerId] = new EntityReference("systemuser", context.Context.InitiatingUserId);
        }

        target[CheckInColumns.OwnerId] = kind == CheckInRules.Team
            ? new EntityReference("team", team!.Id)
            : new EntityReference("systemuser", rep!.Id);
    }
}
