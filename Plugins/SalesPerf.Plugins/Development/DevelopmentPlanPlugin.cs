using System.Collections.Generic;
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
/// A development plan: one per person and period (SPM-DEV-001, one query of at most one row, through SYSTEM); its
/// progress columns are the engine's (SPM-CMP-001).
/// </summary>
[Step(CreateStepId, MessageNames.Create, DevelopmentColumns.PlanEntityName, PipelineStage.PreOperation,
    Description = "One development plan per person and period; progress is the engine's.")]
[Step(UpdateStepId, MessageNames.Update, DevelopmentColumns.PlanEntityName, PipelineStage.PreOperation,
    Description = "One development plan per person and period; progress is the engine's.",
    FilteringAttributes = new[]
    {
        DevelopmentColumns.PeriodId, DevelopmentColumns.ProgressPercent, DevelopmentColumns.ItemCount, DevelopmentColumns.CompletedItemCount,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, DevelopmentColumns.Name, DevelopmentColumns.OwnerId, DevelopmentColumns.PeriodId)]
[Step(AssignStepId, MessageNames.Assign, DevelopmentColumns.PlanEntityName, PipelineStage.PreOperation,
    Description = "One development plan per person and period, also when the plan is handed to another person.")]
[StepImage(AssignStepId, ImageType.PreImage, ImageName, DevelopmentColumns.Name, DevelopmentColumns.OwnerId, DevelopmentColumns.PeriodId)]
public sealed class DevelopmentPlanPlugin : PluginBase
{
    public const string CreateStepId = "53b9f4c4-c360-4bf2-b0a5-ad74fae5ad6b";
    public const string UpdateStepId = "05a1763d-f896-4967-965e-9c9c7f586191";
    public const string AssignStepId = "2bac92e8-d952-420c-94e9-1f7bf380bdb5";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var message = context.Context.MessageName;
        var before = message == MessageNames.Create ? null : context.PreImage(ImageName);
        var target = context.TargetEntity;
        var row = new Entity(DevelopmentColumns.PlanEntityName, before?.Id ?? target?.Id ?? default);
        foreach (var source in new[] { before, target })
        {
            foreach (var column in source?.Attributes ?? Enumerable.Empty<KeyValuePair<string, object>>())
            {
                row[column.Key] = column.Value;
            }
        }

        if (message == MessageNames.Assign && context.Context.InputParameters.TryGetValue("Assignee", out var assignee) && assignee is EntityReference newOwner)
        {
            row[DevelopmentColumns.OwnerId] = newOwner;
        }

        if (!row.Contains(DevelopmentColumns.OwnerId))
        {
            row[DevelopmentColumns.OwnerId] = new EntityReference(OwnerColumns.UserEntityName, context.Context.InitiatingUserId);
        }

        var violations = new List<RuleViolation>();
        if (target is not null && !context.IsEngineWrite)
        {
            violations.AddRange(DevelopmentColumns.PlanEngineOnlyColumns.Where(target.Contains)
                .Select(c => RuleViolation.Of(MessageCodes.ComputedColumn, DevelopmentColumns.PlanEntityName, c)));
        }

        var owner = row.GetAttributeValue<EntityReference>(DevelopmentColumns.OwnerId);
        var period = row.GetAttributeValue<EntityReference>(DevelopmentColumns.PeriodId);
        if (owner is not null && period is not null && (target is null || target.Contains(DevelopmentColumns.PeriodId) || message != MessageNames.Update))
        {
            var other = DevelopmentPlans.Find(context.SystemService, owner.Id, period.Id, row.Id);
            if (other is not null)
            {
                violations.Add(RuleViolation.Of(DevelopmentRuleCodes.PlanTwice,
                    period.Name ?? DevelopmentPlans.PeriodName(other) ?? "-", other.GetAttributeValue<string>(DevelopmentColumns.Name) ?? "-"));
            }
        }

        if (violations.Count > 0)
        {
            throw context.RuleError(row.GetAttributeValue<string>(DevelopmentColumns.Name) ?? "-", violations);
        }
    }
}
