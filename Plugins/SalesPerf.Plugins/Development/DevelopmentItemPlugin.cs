using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Development;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Development;

/// <summary>
/// The rules of a development item before it is written (SPM-DEV-002…005, SPM-CMP-001 for the proposal key): a
/// completed-on date only on a Completed item and not after today; completing without a date stamps today, leaving
/// Completed clears it; a plan holds at most 50 items. A new item belongs to the plan's person (its owner is set to the
/// plan's), so the person sees items their manager adds.
/// </summary>
[Step(CreateStepId, MessageNames.Create, DevelopmentColumns.ItemEntityName, PipelineStage.PreOperation,
    Description = "Development item rules; the item is owned by the plan's person.")]
[Step(UpdateStepId, MessageNames.Update, DevelopmentColumns.ItemEntityName, PipelineStage.PreOperation,
    Description = "Development item rules: completion date, status, engine-only proposal key.",
    FilteringAttributes = new[] { DevelopmentColumns.PlanId, DevelopmentColumns.ItemStatus, DevelopmentColumns.CompletedOn, DevelopmentColumns.ProposalKey })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName,
    DevelopmentColumns.Name, DevelopmentColumns.PlanId, DevelopmentColumns.ItemStatus, DevelopmentColumns.CompletedOn, DevelopmentColumns.ProposalKey)]
public sealed class DevelopmentItemPlugin : PluginBase
{
    public const string CreateStepId = "24bcc914-4732-4173-b07f-997a2c9c49eb";
    public const string UpdateStepId = "03ec25b7-138c-4b53-9bc8-176e0c7d2725";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            return;
        }

        var create = context.Context.MessageName == MessageNames.Create;
        var before = create ? null : context.PreImage(ImageName);
        var row = new Entity(DevelopmentColumns.ItemEntityName, target.Id);
        foreach (var source in new[] { before, target })
        {
            foreach (var column in source?.Attributes ?? Enumerable.Empty<KeyValuePair<string, object>>())
            {
                row[column.Key] = column.Value;
            }
        }

        var violations = new List<RuleViolation>();
        if (!context.IsEngineWrite)
        {
            violations.AddRange(DevelopmentColumns.ItemEngineOnlyColumns
                .Where(c => target.Contains(c) && !Equals(target[c], before?.Contains(c) == true ? before[c] : null))
                .Select(c => RuleViolation.Of(MessageCodes.ComputedColumn, DevelopmentColumns.ItemEntityName, c)));
        }

        var plan = row.GetAttributeValue<EntityReference>(DevelopmentColumns.PlanId);
        Entity? planRow = null;
        if (plan is null)
        {
            violations.Add(RuleViolation.Of(DevelopmentRuleCodes.PlanMissing));
        }
        else if (create || target.Contains(DevelopmentColumns.PlanId))
        {
            planRow = context.SystemService.Retrieve(DevelopmentColumns.PlanEntityName, plan.Id, new ColumnSet(DevelopmentColumns.OwnerId));
            if (DevelopmentPlans.ItemCount(context.SystemService, plan.Id) >= DevelopmentColumns.MaxItemsPerPlan)
            {
                violations.Add(RuleViolation.Of(DevelopmentRuleCodes.TooManyItems, DevelopmentColumns.MaxItemsPerPlan));
            }
        }

        violations.AddRange(Completion(context, target, row, before));
        if (violations.Count > 0)
        {
            throw context.RuleError(row.GetAttributeValue<string>(DevelopmentColumns.Name) ?? "-", violations);
        }

        if (create && planRow?.GetAttributeValue<EntityReference>(DevelopmentColumns.OwnerId) is { } owner)
        {
            target[DevelopmentColumns.OwnerId] = new EntityReference(owner.LogicalName, owner.Id);
        }
    }

    /// <summary>Completed-on rules; stamps today on completion without a date and clears the date when leaving Completed.</summary>
    private static IEnumerable<RuleViolation> Completion(LocalPluginContext context, Entity target, Entity row, Entity? before)
    {
        var status = (DevelopmentItemStatus)(row.GetAttributeValue<OptionSetValue>(DevelopmentColumns.ItemStatus)?.Value ?? (int)DevelopmentItemStatus.NotStarted);
        var completedOn = row.GetAttributeValue<DateTime?>(DevelopmentColumns.CompletedOn);
        var today = context.Clock.UtcToday;
        if (status != DevelopmentItemStatus.Completed)
        {
            if (completedOn.HasValue && target.Contains(DevelopmentColumns.CompletedOn))
            {
                yield return RuleViolation.Of(DevelopmentRuleCodes.CompletedOnWithoutCompletion, status);
            }
            else if (completedOn.HasValue)
            {
                target[DevelopmentColumns.CompletedOn] = null;
            }

            yield break;
        }

        if (!completedOn.HasValue)
        {
            target[DevelopmentColumns.CompletedOn] = today;
        }
        else if (completedOn.Value.Date > today)
        {
            yield return RuleViolation.Of(DevelopmentRuleCodes.CompletedInFuture,
                completedOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
