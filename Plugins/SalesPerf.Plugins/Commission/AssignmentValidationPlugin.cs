using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Refuses a plan assignment whose period is not wholly inside the plan's effective dates (SPM-PLN-009) or whose quota
/// is missing or not positive (SPM-PLN-010: the quota amount, or the quota target's value when the amount is empty),
/// naming the assignment.
/// </summary>
[Step(CreateStepId, MessageNames.Create, PlanAssignmentColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new plan assignment (period inside the plan's dates, positive quota).")]
[Step(UpdateStepId, MessageNames.Update, PlanAssignmentColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a changed plan assignment.",
    FilteringAttributes = new[] { PlanAssignmentColumns.PlanId, PlanAssignmentColumns.PeriodId, PlanAssignmentColumns.QuotaAmount, PlanAssignmentColumns.QuotaTargetId })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName,
    PlanAssignmentColumns.Name, PlanAssignmentColumns.PlanId, PlanAssignmentColumns.PeriodId, PlanAssignmentColumns.QuotaAmount, PlanAssignmentColumns.QuotaTargetId)]
public sealed class AssignmentValidationPlugin : PluginBase
{
    public const string CreateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a05";
    public const string UpdateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a06";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var row = RowMerge.Of(context.PreImage(ImageName), context.TargetEntity, PlanAssignmentColumns.EntityName);
        var violations = new List<RuleViolation>();
        var planId = row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.PlanId)?.Id;
        var periodId = row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.PeriodId)?.Id;
        if (planId.HasValue && periodId.HasValue)
        {
            var plan = new PlanReader(context.SystemService).Plan(planId.Value);
            var period = context.SystemService.Retrieve(PeriodColumns.EntityName, periodId.Value, new ColumnSet(PeriodColumns.StartDate, PeriodColumns.EndDate));
            var start = PlanMapping.Date(period, PeriodColumns.StartDate);
            var end = PlanMapping.Date(period, PeriodColumns.EndDate);
            if (start.HasValue && end.HasValue && start.Value <= end.Value)
            {
                violations.AddRange(PlanMapping.DatesOnly(plan).CheckAssignment(DateRange.Of(start.Value, end.Value)));
            }
        }

        var amount = RowMerge.Money(row, PlanAssignmentColumns.QuotaAmount);
        var target = row.GetAttributeValue<EntityReference>(PlanAssignmentColumns.QuotaTargetId);
        if (amount.HasValue && amount.Value <= 0m)
        {
            violations.Add(RuleViolation.Of(CommissionRuleCodes.QuotaNotPositive, amount.Value));
        }
        else if (!amount.HasValue)
        {
            var targetValue = target is null
                ? null
                : context.SystemService.Retrieve(TargetColumns.EntityName, target.Id, new ColumnSet(TargetColumns.TargetValue)).GetAttributeValue<decimal?>(TargetColumns.TargetValue);
            if (!(targetValue > 0m))
            {
                violations.Add(RuleViolation.Of(CommissionRuleCodes.QuotaNotPositive, targetValue.HasValue ? (object)targetValue.Value : string.Empty));
            }
        }

        if (violations.Count > 0)
        {
            throw context.RuleError(row.GetAttributeValue<string>(PlanAssignmentColumns.Name) ?? "-", violations);
        }
    }
}
