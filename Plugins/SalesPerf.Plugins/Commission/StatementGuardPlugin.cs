using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Guards <c>spm_commissionstatement</c>: a user write to a computed column is refused (SPM-CMP-001 while Open,
/// SPM-STM-003 once Approved, Disputed or Paid); any other column of an Approved, Disputed or Paid statement is
/// refused for everyone, its owner included (SPM-STM-004); a status change must be one of
/// <see cref="StatementWorkflow"/>'s, made by a role allowed to (SPM-STM-001 / 002); only the owner writes the dispute
/// reason, while Open or Approved, and a move to Disputed needs one, given with it or stored before (SPM-STM-006 / 007); a statement
/// leaves Open only after its period has ended, whoever asks (SPM-STM-008, <see cref="StatementSettlement"/>). Approving is an update of
/// <c>statuscode</c>; paying is SetState 1/2. A move to Approved carries who approved and when (<c>spm_approvedby</c>,
/// <c>spm_approvedon</c>) in its own Target, so no other write; they are never cleared. The engine's own writes
/// (<see cref="LocalPluginContext.IsEngineWrite"/>) pass.
/// </summary>
[Step(UpdateStepId, MessageNames.Update, CommissionStatementColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses user writes to computed columns and status changes by the wrong role.")]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, CommissionStatementColumns.Name, CommissionStatementColumns.OwnerId, CommissionStatementColumns.StatusCode, CommissionStatementColumns.DisputeReason, CommissionStatementColumns.PeriodId)]
[Step(SetStateStepId, MessageNames.SetState, CommissionStatementColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses a statement status change by the wrong role.")]
[StepImage(SetStateStepId, ImageType.PreImage, ImageName, CommissionStatementColumns.Name, CommissionStatementColumns.OwnerId, CommissionStatementColumns.StatusCode, CommissionStatementColumns.DisputeReason, CommissionStatementColumns.PeriodId)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, CommissionStatementColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses a statement status change by the wrong role.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, ImageName, CommissionStatementColumns.Name, CommissionStatementColumns.OwnerId, CommissionStatementColumns.StatusCode, CommissionStatementColumns.DisputeReason, CommissionStatementColumns.PeriodId)]
public sealed class StatementGuardPlugin : PluginBase
{
    public const string UpdateStepId = "0a9d8c7b-b4c6-4bde-a2e7-6d8e9f0a1b01";
    public const string SetStateStepId = "0a9d8c7b-b4c6-4bde-a2e7-6d8e9f0a1b02";
    public const string SetStateDynamicStepId = "0a9d8c7b-b4c6-4bde-a2e7-6d8e9f0a1b03";
    public const string ImageName = "PreImage";

    /// <summary>The status itself, the key and what the platform stamps on every update: not an edit of the statement.</summary>
    private static readonly string[] NotEdits =
    {
        CommissionStatementColumns.Id, CommissionStatementColumns.StatusCode, CommissionStatementColumns.StateCode,
        "modifiedon", "modifiedby", "modifiedonbehalfby",
    };

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.IsEngineWrite)
        {
            return;
        }

        var before = context.PreImage(ImageName)!;
        var name = before.GetAttributeValue<string>(CommissionStatementColumns.Name) ?? "-";
        var from = (StatementStatus)(before.GetAttributeValue<OptionSetValue>(CommissionStatementColumns.StatusCode)?.Value ?? 1);
        var target = context.TargetEntity;
        var computed = target?.Attributes.Keys.FirstOrDefault(k => CommissionStatementColumns.Computed.Contains(k));
        if (computed is not null)
        {
            throw StatementWorkflow.IsRecomputable(from)
                ? context.BusinessError(BusinessMessages.ComputedColumn, name, CommissionStatementColumns.EntityName, computed)
                : context.RuleError(name, new[] { RuleViolation.Of(StatementRuleCodes.StatementReadOnly, from) });
        }

        var to = RequestedStatus(context, target);
        var edited = target?.Attributes.Keys.FirstOrDefault(k => !NotEdits.Contains(k) && k != CommissionStatementColumns.DisputeReason);
        if (edited is not null && !StatementWorkflow.IsRecomputable(from))
        {
            throw context.RuleError(name, StatementWorkflow.CheckEdit(from, edited));
        }

        var owner = before.GetAttributeValue<EntityReference>(CommissionStatementColumns.OwnerId)?.Id ?? Guid.Empty;
        var moves = to.HasValue && to.Value != from;
        var actor = moves ? StatementActors.Of(context.SystemService, context.Context.InitiatingUserId, owner) : null;
        if (moves)
        {
            var result = actor.HasValue ? StatementWorkflow.Transition(from, to!.Value, actor.Value) : NoRole(from, to!.Value);
            if (!result.IsValid)
            {
                throw context.RuleError(name, result.Violations);
            }

            var early = StatementSettlement.Check(context, before, from, to.Value);
            if (early.Count > 0)
            {
                throw context.RuleError(name, early);
            }
        }

        // The reason column is the owner's (SPM-STM-007), and a dispute needs one, given now or stored before (SPM-STM-006).
        var reasonWritten = target?.Attributes.ContainsKey(CommissionStatementColumns.DisputeReason) == true;
        var reason = reasonWritten ? target!.GetAttributeValue<string>(CommissionStatementColumns.DisputeReason) : before.GetAttributeValue<string>(CommissionStatementColumns.DisputeReason);
        var reasonViolations = StatementWorkflow.CheckDisputeReason(
            from, to, reasonWritten, !string.IsNullOrWhiteSpace(reason), context.Context.InitiatingUserId == owner);
        if (reasonViolations.Count > 0)
        {
            throw context.RuleError(name, reasonViolations);
        }

        if (moves && to == StatementStatus.Approved && target is not null)
        {
            StampApproval(context, target);
        }
    }

    /// <summary>
    /// The approver is the person (<c>InitiatingUserId</c>), the time the request's clock. SetState has no Target: its
    /// approval is stamped by the Update the platform raises inside it, when that Update runs plug-ins (section 1.8).
    /// </summary>
    private static void StampApproval(LocalPluginContext context, Entity target)
    {
        target[CommissionStatementColumns.ApprovedBy] = new EntityReference(OwnerColumns.UserEntityName, context.Context.InitiatingUserId);
        target[CommissionStatementColumns.ApprovedOn] = context.Clock.UtcNow;
    }

    private static StatementStatus? RequestedStatus(LocalPluginContext context, Entity? target)
    {
        if (context.Context.InputParameters.TryGetValue("Status", out var status) && status is OptionSetValue option)
        {
            return (StatementStatus)option.Value;
        }

        var statusCode = target?.GetAttributeValue<OptionSetValue>(CommissionStatementColumns.StatusCode);
        if (statusCode is not null)
        {
            return (StatementStatus)statusCode.Value;
        }

        var stateCode = target?.GetAttributeValue<OptionSetValue>(CommissionStatementColumns.StateCode);
        return stateCode is null ? null : stateCode.Value == 1 ? StatementStatus.Paid : StatementStatus.Open;
    }

    /// <summary>A caller with no part in the statement: SPM-STM-001 if the change does not exist, else SPM-STM-002 naming the roles that may.</summary>
    private static Validated<StatementStatus> NoRole(StatementStatus from, StatementStatus to)
    {
        var allowed = new[] { StatementActor.Rep, StatementActor.Manager, StatementActor.Admin }
            .Where(a => StatementWorkflow.Transition(from, to, a).IsValid).ToArray();
        return allowed.Length == 0
            ? StatementWorkflow.Transition(from, to, StatementActor.Admin)
            : Validated<StatementStatus>.Failure(RuleViolation.Of(StatementRuleCodes.RoleNotAllowed, from, to, "none", string.Join("/", allowed)));
    }
}
