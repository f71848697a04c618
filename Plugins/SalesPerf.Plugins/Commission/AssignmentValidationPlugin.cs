using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Validates a plan assignment as it will be, naming it: its period, plan and owner are read-only once one of its
/// statements is Approved, Disputed or Paid (SPM-PLN-014); an active assignment's plan has tiers (011, naming the
/// plan), its period lies wholly inside the plan's effective dates (009), its quota is positive (010: the quota amount,
/// or the quota target's value when the amount is empty), and no other active assignment of the same rep overlaps its
/// period (013). Create, Update, Assign and a reactivation (SetState, SetStateDynamicEntity, Update of statecode) all
/// pass here; the Update raised inside Assign or SetState stands aside for their own step.
/// </summary>
[Step(CreateStepId, MessageNames.Create, PlanAssignmentColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new plan assignment (plan with tiers, period inside the plan's dates, positive quota, no overlap).")]
[Step(UpdateStepId, MessageNames.Update, PlanAssignmentColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Validates a changed plan assignment.",
    FilteringAttributes = new[]
    {
        PlanAssignmentColumns.PlanId, PlanAssignmentColumns.PeriodId, PlanAssignmentColumns.QuotaAmount, PlanAssignmentColumns.QuotaTargetId,
        PlanAssignmentColumns.OwnerId, PlanAssignmentColumns.StateCode,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName,
    PlanAssignmentColumns.Name, PlanAssignmentColumns.PlanId, PlanAssignmentColumns.PeriodId, PlanAssignmentColumns.QuotaAmount, PlanAssignmentColumns.QuotaTargetId,
    PlanAssignmentColumns.OwnerId, PlanAssignmentColumns.StateCode)]
[Step(AssignStepId, MessageNames.Assign, PlanAssignmentColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a plan assignment given to another rep.")]
[StepImage(AssignStepId, ImageType.PreImage, ImageName,
    PlanAssignmentColumns.Name, PlanAssignmentColumns.PlanId, PlanAssignmentColumns.PeriodId, PlanAssignmentColumns.QuotaAmount, PlanAssignmentColumns.QuotaTargetId,
    PlanAssignmentColumns.OwnerId, PlanAssignmentColumns.StateCode)]
[Step(SetStateStepId, MessageNames.SetState, PlanAssignmentColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Validates a plan assignment that is reactivated.")]
[StepImage(SetStateStepId, ImageType.PreImage, ImageName,
    PlanAssignmentColumns.Name, PlanAssignmentColumns.PlanId, PlanAssignmentColumns.PeriodId, PlanAssignmentColumns.QuotaAmount, PlanAssignmentColumns.QuotaTargetId,
    PlanAssignmentColumns.OwnerId, PlanAssignmentColumns.StateCode)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, PlanAssignmentColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Validates a plan assignment that is reactivated.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, ImageName,
    PlanAssignmentColumns.Name, PlanAssignmentColumns.PlanId, PlanAssignmentColumns.PeriodId, PlanAssignmentColumns.QuotaAmount, PlanAssignmentColumns.QuotaTargetId,
    PlanAssignmentColumns.OwnerId, PlanAssignmentColumns.StateCode)]
public sealed class AssignmentValidationPlugin : PluginBase
{
    public const string CreateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a05";
    public const string UpdateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a06";
    public const string AssignStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a0a";
    public const string SetStateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a0b";
    public const string SetStateDynamicStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a0c";
    public const string ImageName = "PreImage";

    private static readonly string[] LockedColumns = [PlanAssignmentColumns.PeriodId, PlanAssignmentColumns.PlanId, PlanAssignmentColumns.OwnerId];

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(ImageName);
        var row = Resulting(context, before);
        var name = row.GetAttributeValue<string>(PlanAssignmentColumns.Name) ?? "-";
        var facts = new AssignmentFactsReader(context.SystemService);
        var changed = before is null ? LockedColumns : LockedColumns.Where(c => !Equals(Reference(before, c), Reference(row, c))).ToArray();
        if (before is not null && changed.Length > 0 && facts.Settled(before.Id) is { } settled)
        {
            throw context.RuleError(name, AssignmentRules.CheckLockedChange(changed, settled.Name, settled.Status));
        }

        var reactivated = before is not null && State(before) != 0 && State(row) == 0;
        if (State(row) != 0 || (changed.Length == 0 && !reactivated && !QuotaChanged(context)))
        {
            return;
        }

        var planId = row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.PlanId)?.Id;
        var plan = planId.HasValue ? new PlanReader(context.SystemService).Plan(planId.Value) : null;
        if (plan is not null && new PlanReader(context.SystemService).Tiers(plan.Id).Count == 0)
        {
            throw context.RuleError(PlanMapping.Name(plan), new[] { RuleViolation.Of(CommissionRuleCodes.PlanHasNoTiers) });
        }

        var violations = new List<RuleViolation>();
        var period = Period(context.SystemService, row);
        if (plan is not null && period.HasValue)
        {
            violations.AddRange(PlanMapping.DatesOnly(plan).CheckAssignment(period.Value));
        }

        violations.AddRange(QuotaViolations(context.SystemService, row));
        var owner = row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.OwnerId);
        if (period.HasValue && owner is not null)
        {
            var overlapping = facts.OverlappingAssignments(owner.Id, row.Id, period.Value);
            if (overlapping.Length > 0)
            {
                violations.AddRange(AssignmentRules.CheckOverlap(facts.OwnerName(owner), period.Value, overlapping));
            }
        }

        if (violations.Count > 0)
        {
            throw context.RuleError(name, violations);
        }
    }

    /// <summary>The assignment as it will be: the Target on Create (owner: the caller unless given), else the pre-image with the change.</summary>
    private static Entity Resulting(LocalPluginContext context, Entity? before)
    {
        var row = RowMerge.Of(before, context.TargetEntity, PlanAssignmentColumns.EntityName);
        switch (context.Context.MessageName)
        {
            case MessageNames.Create when !row.Contains(PlanAssignmentColumns.OwnerId):
                row[PlanAssignmentColumns.OwnerId] = new EntityReference("systemuser", context.Context.UserId);
                break;
            case MessageNames.Assign:
                row.Id = context.Context.PrimaryEntityId;
                row[PlanAssignmentColumns.OwnerId] = context.Input<EntityReference>("Assignee");
                break;
            case MessageNames.SetState or MessageNames.SetStateDynamicEntity:
                row.Id = context.Context.PrimaryEntityId;
                row[PlanAssignmentColumns.StateCode] = new OptionSetValue(SetStateInput.Read(context.Context).State);
                break;
        }

        return row;
    }

    private static bool QuotaChanged(LocalPluginContext context) =>
        context.TargetEntity is { } target && (target.Contains(PlanAssignmentColumns.QuotaAmount) || target.Contains(PlanAssignmentColumns.QuotaTargetId));

    private static int State(Entity row) => row.GetAttributeValue<OptionSetValue>(PlanAssignmentColumns.StateCode)?.Value ?? 0;

    private static Guid? Reference(Entity row, string column) => row.GetAttributeValue<EntityReference>(column)?.Id;

    private static DateRange? Period(IOrganizationService service, Entity row)
    {
        var periodId = row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.PeriodId)?.Id;
        if (!periodId.HasValue)
        {
            return null;
        }

        var period = service.Retrieve(PeriodColumns.EntityName, periodId.Value, new ColumnSet(PeriodColumns.StartDate, PeriodColumns.EndDate));
        var start = PlanMapping.Date(period, PeriodColumns.StartDate);
        var end = PlanMapping.Date(period, PeriodColumns.EndDate);
        return start.HasValue && end.HasValue && start.Value <= end.Value ? DateRange.Of(start.Value, end.Value) : null;
    }

    /// <summary>SPM-PLN-010: the quota amount, or the quota target's value when the amount is empty, must be above 0.</summary>
    private static IEnumerable<RuleViolation> QuotaViolations(IOrganizationService service, Entity row)
    {
        var amount = RowMerge.Money(row, PlanAssignmentColumns.QuotaAmount);
        if (amount.HasValue)
        {
            return amount.Value > 0m ? [] : [RuleViolation.Of(CommissionRuleCodes.QuotaNotPositive, amount.Value)];
        }

        var target = row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.QuotaTargetId);
        var targetValue = target is null
            ? null
            : service.Retrieve(TargetColumns.EntityName, target.Id, new ColumnSet(TargetColumns.TargetValue)).GetAttributeValue<decimal?>(TargetColumns.TargetValue);
        return targetValue > 0m ? [] : [RuleViolation.Of(CommissionRuleCodes.QuotaNotPositive, targetValue.HasValue ? (object)targetValue.Value : string.Empty)];
    }
}
