using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Refuses a deal split that takes the opportunity's active splits over 100 %, is outside 0–100, repeats a user or
/// names the owner (SPM-SPL-001…004): the opportunity and its other splits are read (two queries), naming the
/// opportunity. Every way a split becomes or stays active passes the same rules: Create, Update (of its opportunity,
/// user, percent or <c>statecode</c>), and a reactivation by SetState or SetStateDynamicEntity. A split that is or
/// becomes inactive credits nobody and is not checked; a Delete only removes credit (its commission follows in
/// <see cref="DealSplitCommissionPlugin"/>).
/// </summary>
[Step(CreateStepId, MessageNames.Create, DealSplitColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new deal split against the opportunity's other splits.")]
[Step(UpdateStepId, MessageNames.Update, DealSplitColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a changed or reactivated deal split.",
    FilteringAttributes = new[] { DealSplitColumns.OpportunityId, DealSplitColumns.UserId, DealSplitColumns.SplitPercent, DealSplitColumns.StateCode })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, DealSplitColumns.OpportunityId, DealSplitColumns.UserId, DealSplitColumns.SplitPercent, DealSplitColumns.StateCode)]
[Step(SetStateStepId, MessageNames.SetState, DealSplitColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a deal split reactivated by SetState.")]
[StepImage(SetStateStepId, ImageType.PreImage, ImageName, DealSplitColumns.OpportunityId, DealSplitColumns.UserId, DealSplitColumns.SplitPercent, DealSplitColumns.StateCode)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, DealSplitColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a deal split reactivated by SetStateDynamicEntity.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, ImageName, DealSplitColumns.OpportunityId, DealSplitColumns.UserId, DealSplitColumns.SplitPercent, DealSplitColumns.StateCode)]
public sealed class DealSplitValidationPlugin : PluginBase
{
    public const string CreateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a07";
    public const string UpdateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a08";
    public const string SetStateStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a09";
    public const string SetStateDynamicStepId = "b15f5f69-a114-4fcc-8980-2e6442893d17";
    public const string ImageName = "PreImage";
    private const string FullName = "fullname";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var split = RowMerge.Of(context.PreImage(ImageName), context.TargetEntity, DealSplitColumns.EntityName);
        var state = IsSetState(context) ? SetStateInput.Read(context.Context).State : split.GetAttributeValue<OptionSetValue>(DealSplitColumns.StateCode)?.Value ?? 0;
        if (state != 0)
        {
            return;
        }

        var opportunityId = split.GetAttributeValue<EntityReference>(DealSplitColumns.OpportunityId)?.Id;
        if (!opportunityId.HasValue)
        {
            return;
        }

        var opportunity = context.SystemService.Retrieve(OpportunityColumns.EntityName, opportunityId.Value, new ColumnSet(OpportunityColumns.Name, OpportunityColumns.OwnerId));
        var query = new QueryExpression(DealSplitColumns.EntityName) { ColumnSet = new ColumnSet(DealSplitColumns.UserId, DealSplitColumns.SplitPercent) };
        query.Criteria.AddCondition(DealSplitColumns.OpportunityId, ConditionOperator.Equal, opportunityId.Value);
        query.Criteria.AddCondition(DealSplitColumns.StateCode, ConditionOperator.Equal, 0);
        var splits = context.SystemService.RetrieveMultiple(query).Entities
            .Where(r => r.Id != context.Context.PrimaryEntityId)
            .Concat(new[] { split })
            .Select(r => new DealSplit(
                (r.GetAttributeValue<EntityReference>(DealSplitColumns.UserId)?.Id ?? Guid.Empty).ToString("D"),
                r.GetAttributeValue<decimal?>(DealSplitColumns.SplitPercent) ?? 0m))
            .ToList();
        var owner = (opportunity.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId)?.Id ?? Guid.Empty).ToString("D");
        var result = DealSplits.Allocate(opportunityId.Value.ToString("D"), owner, 0m, splits);
        if (!result.IsValid)
        {
            throw context.RuleError(opportunity.GetAttributeValue<string>(OpportunityColumns.Name) ?? "-", NamingUsers(context, result.Violations, new HashSet<string>(splits.Select(x => x.UserId).Concat(new[] { owner }), StringComparer.OrdinalIgnoreCase)));
        }
    }

    /// <summary>The violations with each user id replaced by the user's full name (read only on this error path): messages name people, never GUIDs.</summary>
    private static IReadOnlyList<RuleViolation> NamingUsers(LocalPluginContext context, IReadOnlyList<RuleViolation> violations, ISet<string> users)
    {
        var names = new Dictionary<Guid, string>();
        string Name(string argument)
        {
            if (!users.Contains(argument) || !Guid.TryParse(argument, out var id) || id == Guid.Empty)
            {
                return argument;
            }

            if (!names.TryGetValue(id, out var name))
            {
                name = UserName(context, id) ?? argument;
                names[id] = name;
            }

            return name;
        }

        return violations.Select(v => RuleViolation.Of(v.Code, v.Arguments.Select(a => (object)Name(a)).ToArray())).ToList();
    }

    private static string? UserName(LocalPluginContext context, Guid id)
    {
        var query = new QueryExpression(OwnerColumns.UserEntityName) { ColumnSet = new ColumnSet(FullName), TopCount = 1 };
        query.Criteria.AddCondition(OwnerColumns.UserEntityName + "id", ConditionOperator.Equal, id);
        return context.SystemService.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<string>(FullName);
    }

    private static bool IsSetState(LocalPluginContext context) =>
        context.Context.MessageName is MessageNames.SetState or MessageNames.SetStateDynamicEntity;
}
