using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Okrs;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.CheckIns;

/// <summary>
/// Before a check-in item is written: a follow-up action has an action owner and a due date (SPM-CHK-003). A new item
/// is owned by its check-in's owner (the rep or the team), so whoever reads the check-in reads its items: one read of
/// the check-in on Create, none when the Target names the owner (the pre-fill does).
/// </summary>
[Step(CreateStepId, MessageNames.Create, CheckInItemColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new check-in item; it takes its check-in's owner.")]
[Step(UpdateStepId, MessageNames.Update, CheckInItemColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a changed check-in item.",
    FilteringAttributes = new[] { CheckInItemColumns.Kind, CheckInItemColumns.ActionOwnerId, CheckInItemColumns.DueDate })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, CheckInItemColumns.Name, CheckInItemColumns.Kind, CheckInItemColumns.ActionOwnerId, CheckInItemColumns.DueDate)]
public sealed class CheckInItemPlugin : PluginBase
{
    public const string CreateStepId = "502ea082-2ae6-4341-9f9d-60632560610a";
    public const string UpdateStepId = "0bf0fc71-9a8d-4f20-83ec-0ac404b07d4e";
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
        var row = RowMerge.Of(isCreate ? null : context.PreImage(ImageName), target, CheckInItemColumns.EntityName);
        var violations = CheckInRules.CheckItem(
            row.GetAttributeValue<OptionSetValue>(CheckInItemColumns.Kind)?.Value,
            row.GetAttributeValue<EntityReference>(CheckInItemColumns.ActionOwnerId) is not null,
            row.GetAttributeValue<DateTime?>(CheckInItemColumns.DueDate).HasValue);
        if (violations.Count > 0)
        {
            throw context.RuleError(row.GetAttributeValue<string>(CheckInItemColumns.Name) ?? "-", violations);
        }

        var checkIn = target.GetAttributeValue<EntityReference>(CheckInItemColumns.CheckInId);
        if (isCreate && checkIn is not null && target.GetAttributeValue<EntityReference>(CheckInItemColumns.OwnerId) is null)
        {
            var owner = context.SystemService.Retrieve(CheckInColumns.EntityName, checkIn.Id, new ColumnSet(CheckInColumns.OwnerId))
                .GetAttributeValue<EntityReference>(CheckInColumns.OwnerId);
            if (owner is not null)
            {
                target[CheckInItemColumns.OwnerId] = new EntityReference(owner.LogicalName, owner.Id);
            }
        }
    }
}
